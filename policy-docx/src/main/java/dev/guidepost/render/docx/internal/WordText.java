package dev.guidepost.render.docx.internal;

import java.util.regex.Pattern;

/**
 * Text as a Word run holds it: on one line as every renderer writes it (a run of whitespace or
 * control characters is one space, and the ends are stripped), and with each character that XML 1.0
 * cannot hold (a lone surrogate, U+FFFE, U+FFFF) replaced by U+FFFD, so that no text, whatever it
 * holds, breaks the document's XML. Markup characters are escaped by the XML writer; a Word field
 * is made only from field elements, never from text, so text that looks like a field stays text.
 */
public final class WordText {
  private static final Pattern SPACE = Pattern.compile("[\\s\\p{Cc}\\u2028\\u2029]+");

  private WordText() {}

  /**
   * Returns the text as a run may hold it.
   *
   * @param text any text
   * @return the text on one line, with only characters XML allows
   */
  public static String of(String text) {
    String flat = SPACE.matcher(text).replaceAll(" ").strip();
    StringBuilder out = null;
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < flat.length()
              && Character.isLowSurrogate(flat.charAt(i + 1));
      if (pair) {
        if (out != null) {
          out.append(c).append(flat.charAt(i + 1));
        }
        i++;
        continue;
      }
      boolean bad = Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
      if (bad && out == null) {
        out = new StringBuilder(flat.length()).append(flat, 0, i);
      }
      if (out != null) {
        out.append(bad ? '\uFFFD' : c);
      }
    }
    return out == null ? flat : out.toString();
  }
}
