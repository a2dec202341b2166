package dev.guidepost.policy.json;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A position in a JSON document, written as a JSONPath such as {@code $.decisions['tone']}. */
final class JsonPath {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  static final JsonPath ROOT = new JsonPath(null, "$", -1);

  private final @Nullable JsonPath parent;
  private final @Nullable String name;
  private final int index;

  /** A path is only written out for an error, so it keeps its parts and joins them then. */
  private JsonPath(@Nullable JsonPath parent, @Nullable String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  JsonPath field(String name) {
    return new JsonPath(this, name, -1);
  }

  JsonPath index(int index) {
    return new JsonPath(this, null, index);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    write(text);
    return text.toString();
  }

  private void write(StringBuilder text) {
    if (parent == null) {
      text.append(name);
      return;
    }
    parent.write(text);
    if (name == null) {
      text.append('[').append(index).append(']');
    } else if (PLAIN.matcher(name).matches()) {
      text.append('.').append(name);
    } else {
      text.append("['").append(name.replace("\\", "\\\\").replace("'", "\\'")).append("']");
    }
  }
}
