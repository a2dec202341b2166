package dev.guidepost.policy.json;

import java.util.regex.Pattern;

/** A position in a JSON document, written as a JSONPath such as {@code $.decisions['tone']}. */
final class JsonPath {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  static final JsonPath ROOT = new JsonPath("$");

  private final String text;

  private JsonPath(String text) {
    this.text = text;
  }

  JsonPath field(String name) {
    if (PLAIN.matcher(name).matches()) {
      return new JsonPath(text + "." + name);
    }
    return new JsonPath(text + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']");
  }

  JsonPath index(int index) {
    return new JsonPath(text + "[" + index + "]");
  }

  @Override
  public String toString() {
    return text;
  }
}
