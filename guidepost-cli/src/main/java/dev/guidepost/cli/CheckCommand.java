package dev.guidepost.cli;

import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.rules.StandardRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code guidepost check}: the findings of a policy file with their facts and suggestions, as text
 * or JSON. Exits 0 when the policy has no error, 1 when it has one.
 */
@Command(name = "check")
final class CheckCommand extends PolicyCommand {
  @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "check.format")
  private ReportFormat format = ReportFormat.TEXT;

  CheckCommand() {}

  @Override
  int run() {
    Report report = StandardRules.checker().check(policy());
    out()
        .print(
            switch (format) {
              case TEXT -> new FindingsText(texts()).report(report);
              case JSON -> FindingsJson.write(report, language());
            });
    return report.hasErrors() ? ExitCode.POLICY_HAS_ERRORS : ExitCode.OK;
  }
}
