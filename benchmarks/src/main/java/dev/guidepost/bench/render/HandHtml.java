package dev.guidepost.bench.render;

import dev.guidepost.bench.render.Escape.Mode;
import dev.guidepost.render.document.Block;
import dev.guidepost.render.document.Chapter;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.document.Field;
import dev.guidepost.render.document.Section;
import java.util.List;

/**
 * The first reference for HTML: a hand-written renderer of the standalone page that appends
 * straight into one {@link StringBuilder}, indenting and escaping as it goes, and gives the bytes
 * Guidepost's HTML renderer gives.
 */
public final class HandHtml {
  /** The page's style sheet, as Guidepost writes it. */
  static final List<String> STYLE =
      List.of(
          "body { margin: 0 auto; max-width: 40em; padding: 1em;"
              + " font: 1rem/1.6 system-ui, sans-serif; color: #222; }",
          "h1, h2, h3 { line-height: 1.25; }",
          "dl { display: grid; grid-template-columns: max-content auto; gap: 0.25em 1em; }",
          "dt { font-weight: bold; }",
          "dd { margin: 0; }",
          "aside.note { margin: 1em 0; padding: 0 1em; border-left: 0.25em solid #bbb; }");

  private final StringBuilder out;
  private int depth;

  private HandHtml(StringBuilder out) {
    this.out = out;
  }

  /**
   * Renders a document as a standalone page.
   *
   * @param document the document
   * @return the HTML
   */
  public static String render(Document document) {
    HandHtml html = new HandHtml(new StringBuilder(24 * 1024));
    html.page(document);
    return html.out.toString();
  }

  private void page(Document document) {
    out.append("<!DOCTYPE html>\n<html lang=\"");
    Escape.flat(out, document.language().code(), Mode.HTML, false);
    out.append("\">\n");
    open("head");
    line().append("<meta charset=\"utf-8\">\n");
    line().append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    element("title", document.title());
    open("style");
    for (String rule : STYLE) {
      line().append(rule).append('\n');
    }
    close("style");
    close("head");
    open("body");
    open("main");
    line().append("<article lang=\"");
    Escape.flat(out, document.language().code(), Mode.HTML, false);
    out.append("\">\n");
    depth++;
    open("header");
    element("h1", document.title());
    if (!document.metadata().isEmpty()) {
      open("dl");
      for (Field field : document.metadata()) {
        element("dt", field.label());
        element("dd", field.value());
      }
      close("dl");
    }
    close("header");
    blocks(document.preamble());
    int chapterNumber = 0;
    for (Chapter chapter : document.chapters()) {
      chapterNumber++;
      open("section");
      line().append("<h2>").append(chapterNumber).append(". ");
      Escape.flat(out, chapter.heading(), Mode.HTML, false);
      out.append("</h2>\n");
      int sectionNumber = 0;
      for (Section section : chapter.sections()) {
        sectionNumber++;
        open("section");
        line().append("<h3>").append(chapterNumber).append('.').append(sectionNumber).append(' ');
        Escape.flat(out, section.heading(), Mode.HTML, false);
        out.append("</h3>\n");
        blocks(section.blocks());
        close("section");
      }
      close("section");
    }
    if (!document.closing().isEmpty()) {
      open("footer");
      blocks(document.closing());
      close("footer");
    }
    close("article");
    close("main");
    close("body");
    out.append("</html>\n");
  }

  private void blocks(List<Block> blocks) {
    for (Block block : blocks) {
      if (block instanceof Block.Paragraph paragraph) {
        element("p", paragraph.text());
      } else if (block instanceof Block.BulletList list) {
        open("ul");
        for (String item : list.items()) {
          element("li", item);
        }
        close("ul");
      } else if (block instanceof Block.Note note) {
        line().append("<aside class=\"note\">\n");
        depth++;
        element("p", note.text());
        close("aside");
      }
    }
  }

  private StringBuilder line() {
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
    return out;
  }

  private void open(String tag) {
    line().append('<').append(tag).append(">\n");
    depth++;
  }

  private void close(String tag) {
    depth--;
    line().append("</").append(tag).append(">\n");
  }

  private void element(String tag, String text) {
    line().append('<').append(tag).append('>');
    Escape.flat(out, text, Mode.HTML, false);
    out.append("</").append(tag).append(">\n");
  }
}
