package dev.guidepost.bench.render;

/**
 * The escaping every reference renderer shares, written by hand into a {@link StringBuilder}: a run
 * of whitespace or control characters is one space and blank ends are dropped, then Markdown's or
 * HTML's special characters are escaped, exactly as Guidepost's renderers document it.
 */
final class Escape {
  private static final String MARKDOWN_ANYWHERE = "\\`*_[]<>&#|~";
  private static final String HTML_SPECIAL = "&<>\"'";

  private Escape() {}

  /** A character that a run of is written as one space: whitespace, control, line separators. */
  private static boolean isSpace(char c) {
    return c <= ' ' || (c >= '\u007f' && c <= '\u009f') || c == '\u2028' || c == '\u2029';
  }

  /** A character dropped at either end: the above and every Unicode space separator. */
  private static boolean isBlank(char c) {
    return isSpace(c) || (c >= '\u00a0' && Character.getType(c) == Character.SPACE_SEPARATOR);
  }

  /** Appends the text on one line, each run of spaces as one space, blank ends dropped. */
  static void flat(StringBuilder out, String text, Mode mode, boolean lineStart) {
    int start = 0;
    int end = text.length();
    while (start < end && isBlank(text.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(text.charAt(end - 1))) {
      end--;
    }
    int digits = 0;
    while (lineStart && start + digits < end && isDigit(text.charAt(start + digits))) {
      digits++;
    }
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
      } else if (c < 128) {
        boolean escape =
            mode == Mode.HTML
                ? HTML_SPECIAL.indexOf(c) >= 0
                : MARKDOWN_ANYWHERE.indexOf(c) >= 0
                    || (lineStart && i == start && (c == '-' || c == '+' || c == '='))
                    || (digits > 0 && i == start + digits && (c == '.' || c == ')'));
        if (escape) {
          out.append(text, run, i);
          if (mode == Mode.HTML) {
            html(out, c);
          } else {
            out.append('\\').append(c);
          }
          run = i + 1;
        }
      }
    }
    out.append(text, run, end);
  }

  private static void html(StringBuilder out, char c) {
    switch (c) {
      case '&' -> out.append("&amp;");
      case '<' -> out.append("&lt;");
      case '>' -> out.append("&gt;");
      case '"' -> out.append("&quot;");
      case '\'' -> out.append("&#39;");
      default -> out.append(c);
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Returns a text escaped for an HTML text node or attribute. */
  static String html(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    flat(out, text, Mode.HTML, false);
    return out.toString();
  }

  /** Returns a text escaped for Markdown, after other text on its line. */
  static String markdownInline(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    flat(out, text, Mode.MARKDOWN, false);
    return out.toString();
  }

  /** Returns a text escaped for Markdown, at the start of a line. */
  static String markdownLineStart(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    flat(out, text, Mode.MARKDOWN, true);
    return out.toString();
  }

  /** The format escaped for. */
  enum Mode {
    HTML,
    MARKDOWN
  }
}
