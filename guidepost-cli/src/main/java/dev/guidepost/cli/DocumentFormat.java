package dev.guidepost.cli;

import dev.guidepost.render.Renderer;
import dev.guidepost.render.html.HtmlRenderer;
import dev.guidepost.render.markdown.MarkdownRenderer;
import dev.guidepost.render.text.TextRenderer;
import org.jspecify.annotations.Nullable;

/** The formats {@code guidepost render} writes a policy in. */
enum DocumentFormat {
  /** Plain text, 80 columns. */
  TXT("txt", TextRenderer.create()),
  /** CommonMark. */
  MD("md", MarkdownRenderer.create()),
  /** A standalone HTML page. */
  HTML("html", HtmlRenderer.page()),
  /** Tagged PDF/UA-1 and PDF/A-2a: binary, so written only into a file. */
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

  /** Returns the text renderer, or null for a binary format. */
  @Nullable Renderer renderer() {
    return renderer;
  }
}
