package dev.guidepost.examples.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads {@code application/x-www-form-urlencoded} text: a form's body or a URL's query. */
final class FormFields {
  private FormFields() {}

  /**
   * Returns the fields in the order sent.
   *
   * @throws HttpProblem if the text is malformed or a field is sent twice
   */
  static Map<String, String> parse(String encoded) {
    Map<String, String> fields = new LinkedHashMap<>();
    int start = 0;
    while (start <= encoded.length()) {
      int end = encoded.indexOf('&', start);
      end = end < 0 ? encoded.length() : end;
      String pair = encoded.substring(start, end);
      start = end + 1;
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      if (fields.putIfAbsent(name, value) != null) {
        throw HttpProblem.badRequest("error.repeated", name);
      }
    }
    return fields;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw HttpProblem.badRequest("error.malformed", text);
    }
  }
}
