package dev.guidepost.bench.render;

import dev.guidepost.render.document.Document;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The Pebble reference: one template per format, compiled once, rendering a {@link DocumentView}.
 * HTML is escaped by the engine's autoescaping, with an escaping strategy that escapes as Guidepost
 * does; Markdown comes escaped from the view, with autoescaping off. Pebble drops the line feed
 * after every tag, so a line that ends in a printed value ends in {@code {{ nl }}}, a line feed.
 */
public final class PebbleTemplates {
  private static final String ROOT = "dev/guidepost/bench/render/";

  private final PebbleTemplate markdown =
      new PebbleEngine.Builder()
          .loader(new ClasspathLoader())
          .autoEscaping(false)
          .newLineTrimming(true)
          .build()
          .getTemplate(ROOT + "policy.md.peb");
  private final PebbleTemplate html =
      new PebbleEngine.Builder()
          .loader(new ClasspathLoader())
          .autoEscaping(true)
          .addEscapingStrategy("guidepost", Escape::html)
          .defaultEscapingStrategy("guidepost")
          .newLineTrimming(true)
          .build()
          .getTemplate(ROOT + "policy.html.peb");

  /** Compiles the templates. */
  public PebbleTemplates() {}

  /**
   * Renders a document as Markdown.
   *
   * @param document the document
   * @return the Markdown
   */
  public String markdown(Document document) {
    return render(markdown, document);
  }

  /**
   * Renders a document as a standalone HTML page.
   *
   * @param document the document
   * @return the HTML
   */
  public String html(Document document) {
    return render(html, document);
  }

  private static String render(PebbleTemplate template, Document document) {
    StringWriter out = new StringWriter(16 * 1024);
    try {
      template.evaluate(out, Map.of("doc", new DocumentView(document), "nl", "\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
