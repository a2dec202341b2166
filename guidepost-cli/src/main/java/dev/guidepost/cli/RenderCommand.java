package dev.guidepost.cli;

import dev.guidepost.policy.check.InvalidPolicyException;
import dev.guidepost.policy.check.ValidatedPolicy;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.render.Renderer;
import dev.guidepost.render.compose.Composer;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.pdf.PdfRenderer;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code guidepost render}: the finished document of a valid policy, as plain text, Markdown or
 * HTML, on standard output or into a file, or as PDF into a file ({@code -o} is then required). A
 * policy with an error is refused with exit code 1 and its errors on standard error; a file is
 * written whole or not at all.
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
    Renderer renderer = format.renderer();
    String target = output;
    if (renderer == null && target == null) {
      throw CommandFailure.unusableInput(
          texts()
              .get("render.binary-needs-output", "format", format.id().toUpperCase(Locale.ROOT)));
    }
    ValidatedPolicy policy;
    try {
      policy = StandardRules.checker().validate(policy());
    } catch (InvalidPolicyException e) {
      err().append(texts().get("render.refused")).append("\n\n");
      err().append(new FindingsText(texts()).findings(e.report().errors()));
      return ExitCode.POLICY_HAS_ERRORS;
    }
    Document composed = Composer.standard().compose(policy, language());
    if (renderer == null) {
      PDFBOX.setLevel(Level.SEVERE);
      OutputFile.write(
          Objects.requireNonNull(target), PdfRenderer.create().render(composed), texts());
      return ExitCode.OK;
    }
    String document = renderer.render(composed);
    if (target == null) {
      out().print(document);
    } else {
      OutputFile.write(target, document, texts());
    }
    return ExitCode.OK;
  }
}
