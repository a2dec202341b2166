package dev.guidepost.render.markdown;

import dev.guidepost.render.internal.PlainText;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Escapes plain text for CommonMark, so that it reads back as exactly the same text: no emphasis,
 * link, code span, entity, raw HTML, heading, list, quote or break.
 *
 * <p>The characters that can start inline markup are backslash-escaped wherever they occur: {@code
 * \ ` * _ [ ] < > & # | ~} (the last two for GitHub's tables and strikethrough). Where a text
 * starts a line, a leading {@code - + =} and the {@code .} or {@code )} after leading digits are
 * escaped too, so the text cannot start a list or underline a heading. Any run of whitespace or
 * control characters becomes one space and the text is stripped, so it cannot start a new line, a
 * hard break or an indented code block. Other punctuation is left alone, to keep the source
 * readable.
 */
final class MarkdownEscaper extends PlainText.Escaper {
  private static final String ANYWHERE = "\\`*_[]<>&#|~";
  private static final String AT_LINE_START = "-+=";
  private static final String[] ESCAPED = new String[128];

  static {
    String specials = ANYWHERE + AT_LINE_START + ".)";
    for (int i = 0; i < specials.length(); i++) {
      ESCAPED[specials.charAt(i)] = "\\" + specials.charAt(i);
    }
  }

  private static final MarkdownEscaper INLINE = new MarkdownEscaper(false);
  private static final MarkdownEscaper LINE_START = new MarkdownEscaper(true);

  private final boolean lineStart;

  private MarkdownEscaper(boolean lineStart) {
    super(lineStart ? ANYWHERE + AT_LINE_START + ".)" : ANYWHERE);
    this.lineStart = lineStart;
  }

  /**
   * Writes a text that follows other text on its line, such as a heading's or a value's.
   *
   * @param out where to write
   * @param text plain text
   * @throws IOException if {@code out} throws it
   */
  static void inline(Appendable out, String text) throws IOException {
    PlainText.write(out, text, INLINE);
  }

  /**
   * Writes a text that starts a line or a list item, such as a paragraph's.
   *
   * @param out where to write
   * @param text plain text
   * @throws IOException if {@code out} throws it
   */
  static void lineStart(Appendable out, String text) throws IOException {
    PlainText.write(out, text, LINE_START);
  }

  @Override
  protected @Nullable String replace(String text, int index, int first) {
    char c = text.charAt(index);
    if (ANYWHERE.indexOf(c) >= 0) {
      return ESCAPED[c];
    }
    if (!lineStart) {
      return null;
    }
    if (index == first) {
      return AT_LINE_START.indexOf(c) >= 0 ? ESCAPED[c] : null;
    }
    if (c != '.' && c != ')') {
      return null;
    }
    for (int i = first; i < index; i++) {
      if (!isDigit(text.charAt(i))) {
        return null;
      }
    }
    return ESCAPED[c];
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
