package dev.guidepost.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.standard.Preset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each language's DOCX opens in LibreOffice: {@code soffice --headless --convert-to pdf} succeeds
 * and the PDF's text ({@code pdftotext}) holds the title and the first chapter's heading. Needs
 * Debian's {@code libreoffice-writer-nogui} and {@code poppler-utils}, which {@code .ci/run}
 * installs; without them the test fails, unless {@code -Dguidepost.libreoffice.skip=true} says to
 * skip it. The files are kept in {@code target/libreoffice} to be looked at.
 */
class LibreOfficeTest {
  /** Where the DOCX and PDF files are kept to be looked at. */
  private static final Path KEPT = Path.of("target", "libreoffice");

  @TempDir Path folder;

  @TestFactory
  List<DynamicTest> every_language_opens_in_libreoffice() {
    Assumptions.assumeFalse(
        Boolean.getBoolean("guidepost.libreoffice.skip"), "-Dguidepost.libreoffice.skip=true");
    List<DynamicTest> tests = new ArrayList<>();
    for (Language language : Language.standard()) {
      tests.add(
          DynamicTest.dynamicTest(
              language.code(), () -> opensInLibreOffice(Preset.BALANCED, language)));
    }
    return tests;
  }

  private void opensInLibreOffice(Preset preset, Language language)
      throws IOException, InterruptedException {
    Path docx = folder.resolve(language.code() + ".docx");
    Files.write(docx, Policies.docx(preset, language));
    run(
        "soffice",
        "-env:UserInstallation=" + folder.resolve("profile").toUri(),
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        folder.toString(),
        docx.toString());
    Path pdf = folder.resolve(language.code() + ".pdf");
    assertThat(pdf).exists().isNotEmptyFile();
    Files.createDirectories(KEPT);
    Files.copy(docx, KEPT.resolve(docx.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    Files.copy(pdf, KEPT.resolve(pdf.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    Path text = folder.resolve(language.code() + ".txt");
    run("pdftotext", "-enc", "UTF-8", pdf.toString(), text.toString());
    String extracted = Files.readString(text, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    var document = Policies.document(preset, language);
    assertThat(extracted)
        .contains(document.title())
        .contains(document.chapters().get(0).heading())
        .contains("hr@acme.example");
  }

  private void run(String... command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("log.txt").toFile())
            .start();
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("%s finishes", command[0]).isTrue();
    assertThat(process.exitValue())
        .as("%s: %s", command[0], Files.readString(folder.resolve("log.txt")))
        .isZero();
  }
}
