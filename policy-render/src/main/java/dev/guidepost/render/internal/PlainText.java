package dev.guidepost.render.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one rule every renderer applies to a document's plain text: a run of whitespace or control
 * characters (Unicode line separators included) is one space, and nothing blank stands at either
 * end, so that no text can start a new line or block of the output.
 *
 * <p>"Whitespace or control" is {@code [\s\p{Cc}\u2028\u2029]} and "blank" adds every Unicode space
 * separator ({@code \p{Z}}), as Java's regular expressions define them; the work is done in one
 * pass over the characters, and a text that needs no change is not copied.
 */
public final class PlainText {
  private PlainText() {}

  /**
   * What a format writes for the characters it must escape. Only the ASCII characters it names are
   * offered to {@link #replace}, so plain text is copied in runs.
   */
  public abstract static class Escaper {
    private final boolean[] special = new boolean[128];

    /**
     * Creates an escaper.
     *
     * @param specials the ASCII characters that may need escaping
     */
    protected Escaper(String specials) {
      for (int i = 0; i < specials.length(); i++) {
        special[specials.charAt(i)] = true;
      }
    }

    /**
     * Tells what to write for one of the special characters.
     *
     * @param text the whole text
     * @param index the character's index in it
     * @param first the index of the text's first non-blank character
     * @return the replacement, or {@code null} to write the character as it is
     */
    protected abstract @Nullable String replace(String text, int index, int first);

    private boolean special(char c) {
      return c < 128 && special[c];
    }
  }

  private static final Escaper NONE =
      new Escaper("") {
        @Override
        protected @Nullable String replace(String text, int index, int first) {
          return null;
        }
      };

  /**
   * Returns the text on one line.
   *
   * @param text any text
   * @return the text with each run of whitespace as one space and its ends stripped; the text
   *     itself if that changes nothing
   */
  public static String flatten(String text) {
    int start = start(text);
    int end = end(text, start);
    if (start == 0 && end == text.length() && !hasRun(text, start, end)) {
      return text;
    }
    StringBuilder out = new StringBuilder(end - start);
    try {
      write(out, text, NONE);
    } catch (IOException e) {
      throw new AssertionError("a StringBuilder does not throw", e);
    }
    return out.toString();
  }

  /**
   * Writes the text on one line, escaping each character as the escaper says.
   *
   * @param out where to write
   * @param text any text
   * @param escaper what to write for characters that need escaping
   * @throws IOException if {@code out} throws it
   */
  public static void write(Appendable out, String text, Escaper escaper) throws IOException {
    int start = start(text);
    int end = end(text, start);
    int run = start;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        if (c == ' ' && !isSpace(text.charAt(i + 1))) {
          continue;
        }
        out.append(text, run, i).append(' ');
        while (isSpace(text.charAt(i + 1))) {
          i++;
        }
        run = i + 1;
        continue;
      }
      if (escaper.special(c)) {
        String replacement = escaper.replace(text, i, start);
        if (replacement != null) {
          out.append(text, run, i).append(replacement);
          run = i + 1;
        }
      }
    }
    out.append(text, run, end);
  }

  /**
   * Returns the words of the text.
   *
   * @param text any text
   * @return the words, in order; empty for a blank text
   */
  public static List<String> words(String text) {
    String flat = flatten(text);
    List<String> words = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= flat.length(); i++) {
      if (i == flat.length() || flat.charAt(i) == ' ') {
        if (i > from) {
          words.add(flat.substring(from, i));
        }
        from = i + 1;
      }
    }
    return words;
  }

  /** Whether a run of it is one space: {@code [\s\p{Cc}\u2028\u2029]}. */
  private static boolean isSpace(char c) {
    return c <= ' ' || (c >= '\u007f' && c <= '\u009f') || c == '\u2028' || c == '\u2029';
  }

  /** Whether it is dropped at either end: the above and {@code \p{Z}}. */
  private static boolean isBlank(char c) {
    if (isSpace(c)) {
      return true;
    }
    if (c < '\u00a0') {
      return false;
    }
    int type = Character.getType(c);
    return type == Character.SPACE_SEPARATOR
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  private static int start(String text) {
    int start = 0;
    while (start < text.length() && isBlank(text.charAt(start))) {
      start++;
    }
    return start;
  }

  private static int end(String text, int start) {
    int end = text.length();
    while (end > start && isBlank(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** Whether the text between its blank ends has a space to change: not one plain space. */
  private static boolean hasRun(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (isSpace(c) && (c != ' ' || isSpace(text.charAt(i + 1)))) {
        return true;
      }
    }
    return false;
  }
}
