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

  /**
   * Lays out a table: every column but the last padded to its widest cell (each cell on one line),
   * two spaces between columns, and the last column wrapped beside them; a line of dashes under the
   * header.
   *
   * @param columns the column names
   * @param rows the rows, each with one cell per column
   * @return the lines
   */
  static List<String> table(List<String> columns, List<List<String>> rows) {
    int last = columns.size() - 1;
    int[] widths = new int[last];
    List<List<String>> all = new ArrayList<>();
    all.add(columns);
    all.addAll(rows);
    for (List<String> row : all) {
      for (int i = 0; i < last; i++) {
        widths[i] = Math.max(widths[i], length(PlainText.flatten(row.get(i))));
      }
    }
    List<String> lines = new ArrayList<>();
    for (int r = 0; r < all.size(); r++) {
      StringBuilder prefix = new StringBuilder();
      for (int i = 0; i < last; i++) {
        String cell = PlainText.flatten(all.get(r).get(i));
        prefix.append(cell).append(" ".repeat(widths[i] - length(cell) + 2));
      }
      int indent = length(prefix.toString());
      lines.addAll(wrap(all.get(r).get(last), prefix.toString(), " ".repeat(indent)));
      if (r == 0) {
        int longest = 0;
        for (String line : lines) {
          longest = Math.max(longest, length(line));
        }
        lines.add("-".repeat(longest));
      }
    }
    return lines;
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
