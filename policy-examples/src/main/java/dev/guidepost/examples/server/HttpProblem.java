package dev.guidepost.examples.server;

import dev.guidepost.policy.model.Language;
import java.util.Map;

/**
 * A request the server answers with an error page: the status, and the keys of the page's title and
 * text in {@link ServerTexts} with the values of the text's placeholders.
 */
final class HttpProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String title;
  private final String text;

  @SuppressWarnings("serial") // an immutable map of strings, never serialised
  private final Map<String, String> arguments;

  HttpProblem(int status, String title, String text, Map<String, String> arguments) {
    super(text + " " + arguments);
    this.status = status;
    this.title = title;
    this.text = text;
    this.arguments = Map.copyOf(arguments);
  }

  /** A 400 with the general error title and one {@code {value}}. */
  static HttpProblem badRequest(String text, String value) {
    return new HttpProblem(400, "error.title", text, Map.of("value", value));
  }

  int status() {
    return status;
  }

  String title(Language language) {
    return ServerTexts.text(language, title);
  }

  /** Returns the text with its placeholders filled, as plain text. */
  String text(Language language) {
    return ServerTexts.text(language, text, arguments);
  }
}
