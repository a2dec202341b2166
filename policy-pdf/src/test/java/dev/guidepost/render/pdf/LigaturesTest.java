package dev.guidepost.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.text.TextRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF's letters are letters: poppler's {@code pdftotext} (Debian's {@code poppler-utils}, which
 * {@code .ci/run} installs) reads "fi", "fl" and "ff" as two letters, not as ligature characters,
 * so the words can be searched and copied. PDFBox's own text extraction would not tell: it unfolds
 * ligatures itself.
 */
class LigaturesTest {
  @TempDir Path folder;

  @Test
  void words_with_fi_fl_and_ff_come_out_of_pdftotext_as_plain_letters()
      throws IOException, InterruptedException {
    Document document = Policies.document(Preset.BALANCED, Language.ENGLISH);
    Path pdf = folder.resolve("policy.pdf");
    Files.write(pdf, PdfRenderer.create().render(document));
    Path text = folder.resolve("policy.txt");
    Process process =
        new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), text.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(process.waitFor()).as("pdftotext's exit code").isZero();
    String extracted = Files.readString(text, StandardCharsets.UTF_8);
    List<String> joined =
        PdfRendererTest.words(TextRenderer.create().render(document)).stream()
            .filter(word -> word.matches(".*(fi|fl|ff).*"))
            .distinct()
            .toList();

    assertThat(joined).as("words with fi, fl or ff in the policy").hasSizeGreaterThan(3);
    assertThat(extracted).doesNotContainPattern("[\\x{FB00}-\\x{FB06}]");
    assertThat(PdfRendererTest.words(extracted)).containsAll(joined);
  }
}
