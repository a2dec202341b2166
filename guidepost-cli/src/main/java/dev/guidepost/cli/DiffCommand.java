package dev.guidepost.cli;

import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.diff.PolicyDiff;
import dev.guidepost.policy.diff.VersionCheck;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.standard.StandardCatalogue;
import dev.guidepost.render.compose.Composer;
import dev.guidepost.render.document.Document;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code guidepost diff OLD NEW}: what changed between two versions of a policy, for the employees
 * it binds and in their language ({@link Composer#composeChanges}), with the version number the
 * change calls for and the findings of the rules about time ({@link
 * StandardRules#changeChecker()}), as plain text, Markdown, HTML or JSON, on standard output or
 * into a file. Either version may have errors of its own: the difference says what changed, not
 * whether a version is valid. Exits with 1 when a finding on the change is an error, with 2 when a
 * file cannot be read (naming it), else 0; a file is written whole or not at all.
 */
@Command(name = "diff")
final class DiffCommand extends GuidepostCommand {
  @Parameters(index = "0", paramLabel = "OLD", descriptionKey = "diff.older")
  @SuppressWarnings("NullAway.Init") // set by picocli; the parameter is required
  private String older;

  @Parameters(index = "1", paramLabel = "NEW", descriptionKey = "diff.newer")
  @SuppressWarnings("NullAway.Init") // set by picocli; the parameter is required
  private String newer;

  @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "diff.format")
  private DiffFormat format = DiffFormat.TXT;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      descriptionKey = "diff.output")
  private @Nullable String output;

  DiffCommand() {}

  @Override
  int run() {
    Policy before = read(older);
    Policy after = read(newer);
    List<Finding> findings = StandardRules.changeChecker().check(before, after);
    Document document = Composer.standard().composeChanges(before, after, findings, language());
    String text = format.document().text(document);
    if (format == DiffFormat.JSON) {
      text =
          DiffJson.write(
              PolicyDiff.between(before, after),
              VersionCheck.between(before, after, StandardCatalogue.strictness()),
              text,
              findings,
              language());
    }
    String target = output;
    if (target == null) {
      out().print(text);
    } else {
      OutputFile.write(target, text, texts());
    }
    return findings.stream().anyMatch(finding -> finding.severity() == Severity.ERROR)
        ? ExitCode.POLICY_HAS_ERRORS
        : ExitCode.OK;
  }
}
