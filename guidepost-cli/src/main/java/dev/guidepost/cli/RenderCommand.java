package dev.guidepost.cli;

import dev.guidepost.policy.check.InvalidPolicyException;
import dev.guidepost.policy.check.ValidatedPolicy;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.render.compose.Composer;
import dev.guidepost.render.document.Document;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code guidepost render}: the finished document of a valid policy, as plain text, Markdown, HTML,
 * DOCX or PDF, on standard output or into a file (DOCX and PDF not to a terminal). A policy with an
 * error is refused with exit code 1 and its errors on standard error; a file is written whole or
 * not at all.
 */
@Command(name = "render")
final class RenderCommand extends PolicyCommand {
  /** PDFBox's logger, held so that its level stays: its notes on fonts are not for our users. */
  private static final Logger PDFBOX = Logger.getLogger("org.apache.pdfbox");

  @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "render.format")
  private DocumentFormat format = DocumentFormat.TXT;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      descriptionKey = "render.output")
  private @Nullable String output;

  RenderCommand() {}

  @Override
  int run() {
    String target = output;
    if (target == null && format.binary() && stdout().terminal()) {
      throw CommandFailure.unusableInput(
          texts().get("render.binary-needs-output", "format", format.id()));
    }
    ValidatedPolicy policy;
    try {
      policy = StandardRules.checker().validate(policy());
    } catch (InvalidPolicyException e) {
      err().append(texts().get("render.refused")).append("\n\n");
      err().append(new FindingsText(texts()).findings(e.report().errors()));
      return ExitCode.POLICY_HAS_ERRORS;
    }
    Document document = Composer.standard().compose(policy, language());
    PDFBOX.setLevel(Level.SEVERE);
    if (target == null && format.binary()) {
      writeBinary(format.bytes(document, policy));
    } else if (target == null) {
      out().print(format.text(document));
    } else {
      OutputFile.write(target, format.bytes(document, policy), texts());
    }
    return ExitCode.OK;
  }

  /** Writes bytes to standard output; a failed write is kept there, and the run reports it. */
  private void writeBinary(byte[] bytes) {
    out().flush();
    try {
      stdout().write(bytes);
      stdout().flush();
    } catch (IOException e) {
      // StandardOutput has kept the failure: Guidepost.run ends quietly or with exit code 3
    }
  }
}
