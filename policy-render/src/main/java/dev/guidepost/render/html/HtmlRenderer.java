package dev.guidepost.render.html;

import dev.guidepost.render.Renderer;
import dev.guidepost.render.document.Block;
import dev.guidepost.render.document.Chapter;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.document.DocumentVisitor;
import dev.guidepost.render.document.Field;
import dev.guidepost.render.document.Section;
import dev.guidepost.render.internal.Capacity;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Renders a document as HTML: either a standalone page ({@link #page()}) or an {@code <article>}
 * element to embed in a page of your own ({@link #fragment()}).
 *
 * <p>The article holds a {@code <header>} with the title in {@code <h1>} and the metadata in a
 * {@code <dl>}, the preamble's blocks, a {@code <section>} per chapter with a numbered {@code <h2>}
 * and within it a {@code <section>} per section with a numbered {@code <h3>}, and the closing
 * blocks in a {@code <footer>}. Paragraphs are {@code <p>}, lists {@code <ul>} and notes {@code
 * <aside class="note">}. The page wraps the same article in a document with {@code lang}, {@code
 * <meta charset="utf-8">}, a {@code <title>} and a small style sheet for readable type, the article
 * inside {@code <main>} so that no content is outside a landmark.
 *
 * <p>Every text and attribute value is escaped ({@code & < > " '} become character references);
 * this cannot be switched off. Output is indented by two spaces, lines end with {@code '\n'}, and a
 * run of whitespace or control characters in a text becomes one space. Immutable, thread-safe and
 * deterministic; obtain it from {@link #page()} or {@link #fragment()}.
 *
 * <pre>{@code
 * String page = HtmlRenderer.page().render(document);
 * HtmlRenderer.fragment().render(document, writer);
 * }</pre>
 */
public final class HtmlRenderer implements Renderer {
  private static final HtmlRenderer PAGE = new HtmlRenderer(true);
  private static final HtmlRenderer FRAGMENT = new HtmlRenderer(false);

  private static final List<String> STYLE =
      List.of(
          "body { margin: 0 auto; max-width: 40em; padding: 1em;"
              + " font: 1rem/1.6 system-ui, sans-serif; color: #222; }",
          "h1, h2, h3 { line-height: 1.25; }",
          "dl { display: grid; grid-template-columns: max-content auto; gap: 0.25em 1em; }",
          "dt { font-weight: bold; }",
          "dd { margin: 0; }",
          "aside.note { margin: 1em 0; padding: 0 1em; border-left: 0.25em solid #bbb; }");

  private static final int STYLE_LENGTH =
      STYLE.stream().mapToInt(rule -> rule.length() + 5).sum() + 300;

  private final boolean page;

  private HtmlRenderer(boolean page) {
    this.page = page;
  }

  /**
   * Returns the renderer of standalone pages.
   *
   * @return the renderer, a shared instance
   */
  public static HtmlRenderer page() {
    return PAGE;
  }

  /**
   * Returns the renderer of {@code <article>} fragments, without a style sheet.
   *
   * @return the renderer, a shared instance
   */
  public static HtmlRenderer fragment() {
    return FRAGMENT;
  }

  @Override
  public void render(Document document, Appendable out) throws IOException {
    Objects.requireNonNull(document, "document");
    HtmlWriter html = new HtmlWriter(Objects.requireNonNull(out, "out"));
    Article article = new Article(html);
    if (!page) {
      document.accept(article);
      return;
    }
    html.markup("<!DOCTYPE html>");
    html.line("<html lang=\"", document.language().code(), "\">");
    html.open("head");
    html.markup("<meta charset=\"utf-8\">");
    html.markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    html.element("title", document.title());
    html.open("style");
    for (String rule : STYLE) {
      html.markup(rule);
    }
    html.close("style");
    html.close("head");
    html.open("body");
    html.open("main");
    document.accept(article);
    html.close("main");
    html.close("body");
    html.markup("</html>");
  }

  /**
   * Returns the document as a string, rendered into a buffer sized from the document's texts.
   *
   * @param document the document
   * @return the rendered document
   */
  @Override
  public String render(Document document) {
    int capacity = Capacity.of(document, 24) + (page ? STYLE_LENGTH : 0);
    return Capacity.render(capacity, out -> render(document, out));
  }

  /**
   * Writes the {@code <article>}: a {@code <header>}, the preamble, a {@code <section>} per chapter
   * and per section, and a {@code <footer>} if the document has a closing.
   */
  private static final class Article implements DocumentVisitor<IOException> {
    private final HtmlWriter html;

    Article(HtmlWriter html) {
      this.html = html;
    }

    @Override
    public void header(Document document) throws IOException {
      html.open("article", "lang", document.language().code());
      html.open("header");
      html.element("h1", document.title());
      if (!document.metadata().isEmpty()) {
        html.open("dl");
        for (Field field : document.metadata()) {
          html.element("dt", field.label());
          html.element("dd", field.value());
        }
        html.close("dl");
      }
      html.close("header");
    }

    @Override
    public void chapter(int number, Chapter chapter) throws IOException {
      html.open("section");
      html.element("h2", number + ". " + chapter.heading());
    }

    @Override
    public void section(int chapterNumber, int number, Section section) throws IOException {
      html.open("section");
      html.element("h3", chapterNumber + "." + number + " " + section.heading());
    }

    @Override
    public void endSection(Section section) throws IOException {
      html.close("section");
    }

    @Override
    public void endChapter(Chapter chapter) throws IOException {
      html.close("section");
    }

    @Override
    public void closing(List<Block> blocks) throws IOException {
      if (!blocks.isEmpty()) {
        html.open("footer");
      }
    }

    @Override
    public void end(Document document) throws IOException {
      if (!document.closing().isEmpty()) {
        html.close("footer");
      }
      html.close("article");
    }

    @Override
    public void paragraph(Block.Paragraph paragraph) throws IOException {
      html.element("p", paragraph.text());
    }

    @Override
    public void bulletList(Block.BulletList list) throws IOException {
      html.open("ul");
      for (String item : list.items()) {
        html.element("li", item);
      }
      html.close("ul");
    }

    @Override
    public void note(Block.Note note) throws IOException {
      html.open("aside", "class", "note");
      html.element("p", note.text());
      html.close("aside");
    }

    @Override
    public void table(Block.Table table) throws IOException {
      html.open("table");
      html.element("caption", table.caption());
      html.open("thead");
      html.open("tr");
      for (String column : table.columns()) {
        html.line("<th scope=\"col\">", column, "</th>");
      }
      html.close("tr");
      html.close("thead");
      html.open("tbody");
      for (List<String> row : table.rows()) {
        html.open("tr");
        for (String cell : row) {
          html.element("td", cell);
        }
        html.close("tr");
      }
      html.close("tbody");
      html.close("table");
    }
  }
}
