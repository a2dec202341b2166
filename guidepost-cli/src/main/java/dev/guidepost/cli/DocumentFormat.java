package dev.guidepost.cli;

import dev.guidepost.render.Renderer;
import dev.guidepost.render.html.HtmlRenderer;
import dev.guidepost.render.markdown.MarkdownRenderer;
import dev.guidepost.render.text.TextRenderer;

/** The formats {@code guidepost render} writes a policy in. */
enum DocumentFormat {
  /** Plain text, 80 columns. */
  TXT("txt", TextRenderer.create()),
  /** CommonMark. */
  MD("md", MarkdownRenderer.create()),
  /** A standalone HTML page. */
  HTML("html", HtmlRenderer.page());

  private final String id;

  @SuppressWarnings("ImmutableEnumChecker") // the renderers are immutable and thread-safe
  private final Renderer renderer;

  DocumentFormat(String id, Renderer renderer) {
    this.id = id;
    this.renderer = renderer;
  }

  String id() {
    return id;
  }

  Renderer renderer() {
    return renderer;
  }
}
