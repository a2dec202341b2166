package dev.guidepost.render.text;

import dev.guidepost.render.internal.PlainText;
import java.util.ArrayList;
import java.util.List;

/** Wraps plain text into lines and underlines headings. */
final class Lines {
  /** The width of a line, in code points. */
  static final int WIDTH = 80;

  private Lines() {}

  /**
   * Wraps the words of {@code text} at {@link #WIDTH} columns.
   *
   * @param text the text; any run of whitespace or control characters separates two words
   * @param first what the first line starts with, such as {@code "- "}
   * @param rest what every further line starts with, such as {@code " "}
   * @return at least one line; a line longer than the width holds a single word
   */
  static List<String> wrap(String text, String first, String rest) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    int width = length(first);
    boolean empty = true;
    for (String word : PlainText.words(text)) {
      int length = length(word);
      if (!empty && width + 1 + length > WIDTH) {
        lines.add(line.toString());
        line = new StringBuilder(rest);
        width = length(rest);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
        width++;
      }
      line.append(word);
      width += length;
      empty = false;
    }
    lines.add(line.toString());
    return lines;
  }

  /**
   * Adds a line of {@code mark}s as long as the longest of {@code lines}.
   *
   * @param lines a heading's lines
   * @param mark the underline's character
   * @return the heading's lines followed by the underline
   */
  static List<String> underline(List<String> lines, char mark) {
    int longest = 0;
    for (String line : lines) {
      longest = Math.max(longest, length(line));
    }
    List<String> underlined = new ArrayList<>(lines);
    underlined.add(String.valueOf(mark).repeat(longest));
    return underlined;
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
