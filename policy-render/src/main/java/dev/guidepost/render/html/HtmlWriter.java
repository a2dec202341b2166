package dev.guidepost.render.html;

import dev.guidepost.render.internal.PlainText;
import java.io.IOException;

/**
 * Writes HTML one line at a time, indented by two spaces per open element. Every text and every
 * attribute value passes through {@link #escape}; only the renderer's own constant markup is
 * written as it is.
 */
final class HtmlWriter {

  private final Appendable out;
  private int depth;

  HtmlWriter(Appendable out) {
    this.out = out;
  }

  /** Writes a line of the renderer's own markup, which is never user text. */
  void markup(String line) throws IOException {
    indent();
    out.append(line).append('\n');
  }

  /** Opens an element on a line of its own and indents what follows. */
  void open(String tag) throws IOException {
    markup("<" + tag + ">");
    depth++;
  }

  /** Opens an element with one attribute, whose value is escaped. */
  void open(String tag, String attribute, String value) throws IOException {
    markup("<" + tag + " " + attribute + "=\"" + escape(value) + "\">");
    depth++;
  }

  /** Closes an element opened with {@code open}. */
  void close(String tag) throws IOException {
    depth--;
    markup("</" + tag + ">");
  }

  /** Writes an element holding an escaped text, on one line. */
  void element(String tag, String text) throws IOException {
    markup("<" + tag + ">" + escape(text) + "</" + tag + ">");
  }

  private void indent() throws IOException {
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  /**
   * Escapes a text for an HTML text node or a quoted attribute value: {@code & < > " '} become
   * character references, a run of whitespace or control characters becomes one space, and
   * whitespace, no-break spaces included, is stripped from both ends.
   *
   * @param text plain text
   * @return the HTML for it
   */
  static String escape(String text) {
    String flat = PlainText.flatten(text);
    StringBuilder html = new StringBuilder(flat.length() + 16);
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&#39;");
        default -> html.append(c);
      }
    }
    return html.toString();
  }
}
