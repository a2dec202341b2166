package dev.guidepost.examples.server;

import dev.guidepost.policy.model.Language;
import java.util.Map;

/** The server's own pages: a small HTML skeleton, and escaping for every text put into it. */
final class Html {
  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;"
          + "line-height:1.5}fieldset{margin:1rem 0;border:1px solid #bbb;border-radius:4px}"
          + "legend{font-weight:600}label{display:block;margin:.25rem 0}nav a{margin-right:.75rem}"
          + ".finding{border-left:.3rem solid #767676;padding:.1rem 1rem;margin:1rem 0}"
          + ".error{border-color:#b00020}.warning{border-color:#8a5a00}"
          + "form.inline{display:inline}button{margin:.25rem .5rem .25rem 0}"
          + "article{border-top:2px solid #bbb;margin-top:2rem}";

  private Html() {}

  /** Escapes a text for an element's content or a quoted attribute value. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Returns a whole page whose body is all main content; the body must be escaped already. */
  static String page(Language language, String title, String body) {
    return page(language, title, "", body);
  }

  /**
   * Returns a whole page: a {@code <header>} with the navigation, if any, and the {@code <main>}
   * landmark, so that no content is outside a landmark. The title is escaped here, the navigation
   * and the main content must be escaped already.
   */
  static String page(Language language, String title, String navigation, String main) {
    return "<!DOCTYPE html>\n<html lang=\""
        + escape(language.code())
        + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        + escape(title)
        + "</title>\n<style>"
        + STYLE
        + "</style>\n</head>\n<body>\n"
        + (navigation.isEmpty() ? "" : "<header>" + navigation + "</header>\n")
        + "<main>\n"
        + main
        + "</main>\n</body>\n</html>\n";
  }

  /** Returns hidden inputs that send the fields on, escaped. */
  static String hidden(Map<String, String> fields) {
    StringBuilder out = new StringBuilder();
    fields.forEach(
        (name, value) ->
            out.append("<input type=\"hidden\" name=\"")
                .append(escape(name))
                .append("\" value=\"")
                .append(escape(value))
                .append("\">\n"));
    return out.toString();
  }

  /** Returns the page of a problem, with a link back to the questions. */
  static String problem(Language language, String title, String text) {
    return page(
        language,
        title,
        "<h1>"
            + escape(title)
            + "</h1>\n<p>"
            + escape(text)
            + "</p>\n<p><a href=\"/?lang="
            + escape(language.code())
            + "\">"
            + escape(ServerTexts.text(language, "error.back"))
            + "</a></p>\n");
  }
}
