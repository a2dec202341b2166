package dev.guidepost.cli;

import dev.guidepost.policy.check.ValidatedPolicy;
import dev.guidepost.render.Renderer;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.docx.DocxRenderer;
import dev.guidepost.render.html.HtmlRenderer;
import dev.guidepost.render.markdown.MarkdownRenderer;
import dev.guidepost.render.pdf.PdfRenderer;
import dev.guidepost.render.text.TextRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** The formats {@code guidepost render} writes a policy in. */
enum DocumentFormat {
  /** Plain text, 80 columns. */
  TXT("txt", TextRenderer.create()),
  /** CommonMark. */
  MD("md", MarkdownRenderer.create()),
  /** A standalone HTML page. */
  HTML("html", HtmlRenderer.page()),
  /** A Word document: binary, so only into a file. */
  DOCX("docx", null),
  /** Tagged PDF/UA-1 and PDF/A-2a: binary, so only into a file. */
  PDF("pdf", null);

  private final String id;

  @SuppressWarnings("ImmutableEnumChecker") // the renderers are immutable and thread-safe
  private final @Nullable Renderer renderer;

  DocumentFormat(String id, @Nullable Renderer renderer) {
    this.id = id;
    this.renderer = renderer;
  }

  String id() {
    return id;
  }

  /** Whether the format is binary, and so cannot go to standard output. */
  boolean binary() {
    return renderer == null;
  }

  /** The document as text; only for a format that is not {@link #binary()}. */
  String text(Document document) {
    if (renderer == null) {
      throw new IllegalStateException(id + " is binary");
    }
    return renderer.render(document);
  }

  /** The document as the bytes of a file: UTF-8 for a text format. */
  byte[] bytes(Document document, ValidatedPolicy policy) {
    if (renderer != null) {
      return renderer.render(document).getBytes(StandardCharsets.UTF_8);
    }
    if (this == PDF) {
      return PdfRenderer.create().render(document);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      DocxRenderer.create().render(document, policy, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a ByteArrayOutputStream does not throw", e);
    }
    return out.toByteArray();
  }
}
