package dev.guidepost.render.html;

import dev.guidepost.render.internal.PlainText;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Writes HTML one line at a time, indented by two spaces per open element. Every text and every
 * attribute value passes through the escaping of {@link #text}; only the renderer's own constant
 * markup is written as it is.
 */
final class HtmlWriter {
  private static final Escaper ESCAPER = new Escaper();

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
    indent();
    out.append('<').append(tag).append(">\n");
    depth++;
  }

  /** Opens an element with one attribute, whose value is escaped. */
  void open(String tag, String attribute, String value) throws IOException {
    line("<" + tag + " " + attribute + "=\"", value, "\">");
    depth++;
  }

  /** Closes an element opened with {@code open}. */
  void close(String tag) throws IOException {
    depth--;
    indent();
    out.append("</").append(tag).append(">\n");
  }

  /** Writes an element holding an escaped text, on one line. */
  void element(String tag, String text) throws IOException {
    indent();
    out.append('<').append(tag).append('>');
    text(out, text);
    out.append("</").append(tag).append(">\n");
  }

  /** Writes a line of markup with an escaped text in it. */
  void line(String before, String text, String after) throws IOException {
    indent();
    out.append(before);
    text(out, text);
    out.append(after).append('\n');
  }

  private void indent() throws IOException {
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  /**
   * Writes a text for an HTML text node or a quoted attribute value: {@code & < > " '} become
   * character references, a run of whitespace or control characters becomes one space, and
   * whitespace, no-break spaces included, is stripped from both ends.
   *
   * @param out where to write
   * @param text plain text
   * @throws IOException if {@code out} throws it
   */
  static void text(Appendable out, String text) throws IOException {
    PlainText.write(out, text, ESCAPER);
  }

  /** The five characters HTML escapes, as character references. */
  private static final class Escaper extends PlainText.Escaper {
    Escaper() {
      super("&<>\"'");
    }

    @Override
    protected @Nullable String replace(String text, int index, int first) {
      return switch (text.charAt(index)) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
    }
  }
}
