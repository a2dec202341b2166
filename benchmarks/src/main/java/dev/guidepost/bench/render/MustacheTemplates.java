package dev.guidepost.bench.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import dev.guidepost.render.document.Document;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The Mustache.java reference: one template per format, compiled once, rendering a {@link
 * DocumentView}. HTML is escaped by the engine, through a factory whose encoder escapes as
 * Guidepost does; Markdown comes escaped from the view and is written with triple braces.
 */
public final class MustacheTemplates {
  private static final String ROOT = "dev/guidepost/bench/render";

  private final Mustache markdown = new DefaultMustacheFactory(ROOT).compile("policy.md.mustache");
  private final Mustache html = new HtmlFactory().compile("policy.html.mustache");

  /** Compiles the templates. */
  public MustacheTemplates() {}

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

  private static String render(Mustache template, Document document) {
    StringWriter out = new StringWriter(16 * 1024);
    template.execute(out, new DocumentView(document));
    return out.toString();
  }

  /** A factory whose {@code {{text}}} escapes as Guidepost's HTML renderer does. */
  private static final class HtmlFactory extends DefaultMustacheFactory {
    HtmlFactory() {
      super(ROOT);
    }

    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(Escape.html(value));
      } catch (IOException e) {
        throw new MustacheException(new UncheckedIOException(e));
      }
    }
  }
}
