package dev.guidepost.bench.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both sides of the office comparison give a document: Guidepost's DOCX and PDF, and LibreOffice's
 * conversions of the HTML page, each converted once when {@code soffice} is installed. Pages are
 * counted with PDFBox; the DOCX's pages are those of LibreOffice's PDF of it.
 */
class OfficeBenchmarkTest {
  @TempDir Path directory;

  @Test
  void guidepost_renders_docx_and_a_pdf_with_pages() throws Exception {
    OfficeBenchmark benchmark = new OfficeBenchmark();

    byte[] docx = benchmark.docxGuidepost();
    byte[] pdf = benchmark.pdfGuidepost();

    assertThat(docx).startsWith('P', 'K');
    try (PDDocument loaded = Loader.loadPDF(pdf)) {
      assertThat(loaded.getNumberOfPages()).isGreaterThan(1);
    }
  }

  @Test
  void libreoffice_converts_the_html_page_to_docx_and_pdf() throws Exception {
    Optional<Soffice> found = Soffice.find(directory.resolve("profile"));
    assumeTrue(found.isPresent(), "soffice is missing: LibreOffice's side is not tested");
    OfficeBenchmark benchmark = new OfficeBenchmark();
    benchmark.setUp();

    Path docx = benchmark.docxLibreOffice();
    Path pdf = benchmark.pdfLibreOffice();
    Path docxAsPdf =
        found.get().convert(docx, "pdf", Files.createDirectories(directory.resolve("d")));

    assertThat(Files.readAllBytes(docx)).startsWith('P', 'K');
    try (PDDocument fromHtml = Loader.loadPDF(pdf.toFile());
        PDDocument fromDocx = Loader.loadPDF(docxAsPdf.toFile())) {
      assertThat(fromHtml.getNumberOfPages()).isGreaterThan(1);
      assertThat(fromDocx.getNumberOfPages()).isGreaterThan(1);
    }
  }
}
