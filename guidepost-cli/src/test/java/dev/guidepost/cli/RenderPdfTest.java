package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.render.compose.Composer;
import dev.guidepost.render.pdf.PdfRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code guidepost render --format pdf}: into a file only. */
class RenderPdfTest {
  @TempDir Path folder;

  @Test
  void writes_the_pdf_renderers_bytes_into_the_file() throws IOException {
    Path file = Policies.write(folder, "clean.json", Policies.clean());
    Path out = folder.resolve("policy.pdf");

    Run run =
        Run.of("render", file.toString(), "--format", "pdf", "--lang", "nb", "-o", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    assertThat(Files.readAllBytes(out))
        .isEqualTo(
            PdfRenderer.create()
                .render(
                    Composer.standard()
                        .compose(
                            StandardRules.checker().validate(Policies.clean()),
                            Language.NORWEGIAN)));
  }

  @Test
  void refuses_to_write_pdf_to_standard_output_and_says_why() throws IOException {
    Path file = Policies.write(folder, "clean.json", Policies.clean());

    Run run = Run.of("render", file.toString(), "--format", "pdf");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(
            "pdf is a binary format and cannot be written to the terminal: give a file with -o,");
    try (var files = Files.list(folder)) {
      assertThat(files).hasSize(1);
    }
  }
}
