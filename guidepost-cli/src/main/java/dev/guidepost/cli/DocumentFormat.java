package dev.guidepost.cli;

import dev.guidepost.render.Renderer;

/** The formats {@code guidepost render} writes a policy in. */
enum DocumentFormat {
  /** Plain text, 80 columns. */
  TXT("txt", Renderer.text()),
  /** CommonMark. */
  MD("md", Renderer.markdown()),
  /** A standalone HTML page. */
  HTML("html", Renderer.html());

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
