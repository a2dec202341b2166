package dev.guidepost.render.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The one rule every renderer applies to a document's plain text: a run of whitespace or control
 * characters (Unicode line separators included) is one space, and nothing blank stands at either
 * end, so that no text can start a new line or block of the output.
 */
public final class PlainText {
  private static final Pattern SPACE = Pattern.compile("[\\s\\p{Cc}\\u2028\\u2029]+");
  private static final Pattern EDGES = Pattern.compile("^[\\s\\p{Z}\\p{Cc}]+|[\\s\\p{Z}\\p{Cc}]+$");

  private PlainText() {}

  /**
   * Returns the text on one line.
   *
   * @param text any text
   * @return the text with each run of whitespace as one space and its ends stripped
   */
  public static String flatten(String text) {
    return EDGES.matcher(SPACE.matcher(text).replaceAll(" ")).replaceAll("");
  }

  /**
   * Returns the words of the text.
   *
   * @param text any text
   * @return the words, in order; empty for a blank text
   */
  public static List<String> words(String text) {
    String flat = flatten(text);
    return flat.isEmpty() ? List.of() : List.of(flat.split(" ", -1));
  }
}
