package dev.guidepost.bench.office;

import dev.guidepost.bench.fixture.Fixtures;
import dev.guidepost.policy.model.Language;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.docx.DocxRenderer;
import dev.guidepost.render.html.HtmlRenderer;
import dev.guidepost.render.pdf.PdfRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Comparison 9: the realistic policy's Danish document as DOCX and as PDF with Guidepost's
 * renderers, against LibreOffice converting Guidepost's HTML page ({@code soffice --headless
 * --convert-to docx|pdf}), per document. A per-page figure divides both sides by the same page
 * count, so its ratio equals the ratio per document. Guidepost's side is measured in this JVM after
 * warm-up; LibreOffice's side is one whole process per conversion (start, load, layout, write),
 * with a user profile created in the setup and reused, so its first-start profile creation is not
 * measured. The setup fails with a clear message when {@code soffice} is not installed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OfficeBenchmark {
  private final Document document = Fixtures.document(Language.DANISH);
  private final DocxRenderer docx = DocxRenderer.create();
  private final PdfRenderer pdf = PdfRenderer.create();
  private final Path dir = temporaryDirectory();
  private final Optional<Soffice> soffice = Soffice.find(dir.resolve("profile"));
  private final Path html = dir.resolve("policy.html");
  private final Path out = dir.resolve("out");

  /** Creates the benchmark's state. */
  public OfficeBenchmark() {}

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("guidepost-office");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the HTML page and creates LibreOffice's profile with one conversion, not measured.
   *
   * @throws IOException if {@code soffice} fails
   * @throws InterruptedException if interrupted
   */
  @Setup
  public void setUp() throws IOException, InterruptedException {
    Files.writeString(html, HtmlRenderer.page().render(document), StandardCharsets.UTF_8);
    Files.createDirectories(out);
    libreOffice().convert(html, "pdf", out);
  }

  private Soffice libreOffice() {
    return soffice.orElseThrow(
        () ->
            new IllegalStateException(
                "soffice is missing: install LibreOffice (Debian: libreoffice-writer-nogui)"
                    + " to measure OfficeBenchmark's reference"));
  }

  /**
   * Renders DOCX with Guidepost.
   *
   * @return the DOCX
   * @throws IOException never: the stream is in memory
   */
  @Benchmark
  public byte[] docxGuidepost() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    docx.render(document, bytes);
    return bytes.toByteArray();
  }

  /**
   * Renders PDF with Guidepost.
   *
   * @return the PDF
   */
  @Benchmark
  public byte[] pdfGuidepost() {
    return pdf.render(document);
  }

  /**
   * Converts the HTML page to DOCX with LibreOffice.
   *
   * @return the DOCX file
   * @throws IOException if LibreOffice fails
   * @throws InterruptedException if interrupted
   */
  @Benchmark
  public Path docxLibreOffice() throws IOException, InterruptedException {
    return libreOffice().convert(html, "docx", out);
  }

  /**
   * Converts the HTML page to PDF with LibreOffice.
   *
   * @return the PDF file
   * @throws IOException if LibreOffice fails
   * @throws InterruptedException if interrupted
   */
  @Benchmark
  public Path pdfLibreOffice() throws IOException, InterruptedException {
    return libreOffice().convert(html, "pdf", out);
  }
}
