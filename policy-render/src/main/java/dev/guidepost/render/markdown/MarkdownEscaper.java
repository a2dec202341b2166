package dev.guidepost.render.markdown;

import dev.guidepost.render.internal.PlainText;

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
final class MarkdownEscaper {
  private static final String ANYWHERE = "\\`*_[]<>&#|~";
  private static final String AT_LINE_START = "-+=";

  private MarkdownEscaper() {}

  /**
   * Escapes a text that follows other text on its line, such as a heading's or a value's.
   *
   * @param text plain text
   * @return the Markdown source for it
   */
  static String inline(String text) {
    return escape(text, false);
  }

  /**
   * Escapes a text that starts a line or a list item, such as a paragraph's.
   *
   * @param text plain text
   * @return the Markdown source for it
   */
  static String lineStart(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean lineStart) {
    String flat = PlainText.flatten(text);
    int digits = 0;
    while (lineStart && digits < flat.length() && isDigit(flat.charAt(digits))) {
      digits++;
    }
    StringBuilder out = new StringBuilder(flat.length() + 16);
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      if (ANYWHERE.indexOf(c) >= 0
          || (lineStart && i == 0 && AT_LINE_START.indexOf(c) >= 0)
          || (digits > 0 && i == digits && (c == '.' || c == ')'))) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
