package dev.guidepost.policy.json;

import java.util.List;
import java.util.Map;

/**
 * Writes a tree of maps, lists, texts, numbers and booleans as JSON, in the layout of {@link
 * PolicyJson#write}: two-space indentation, {@code \n} line ends, entries in the maps' order, a
 * list of plain values on one line.
 */
final class JsonText {
  private final StringBuilder out = new StringBuilder();

  private JsonText() {}

  /** Returns the JSON text of a value, ending in a line feed. */
  static String of(Object value) {
    JsonText text = new JsonText();
    text.value(value, "");
    return text.out.append('\n').toString();
  }

  private void value(Object value, String indent) {
    if (value instanceof Map<?, ?> map) {
      object(map, indent);
    } else if (value instanceof List<?> list) {
      array(list, indent);
    } else if (value instanceof String text) {
      string(text);
    } else {
      out.append(value);
    }
  }

  private void object(Map<?, ?> map, String indent) {
    if (map.isEmpty()) {
      out.append("{ }");
      return;
    }
    String inner = indent + "  ";
    out.append('{');
    String separator = "\n";
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      out.append(separator).append(inner);
      string((String) entry.getKey());
      out.append(": ");
      value(entry.getValue(), inner);
      separator = ",\n";
    }
    out.append('\n').append(indent).append('}');
  }

  private void array(List<?> list, String indent) {
    boolean plain = list.stream().noneMatch(item -> item instanceof Map || item instanceof List);
    String inner = indent + "  ";
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      out.append(i == 0 ? "" : ",");
      if (plain) {
        out.append(i == 0 ? "" : " ");
      } else {
        out.append('\n').append(inner);
      }
      value(list.get(i), inner);
    }
    out.append(plain ? "" : "\n" + indent).append(']');
  }

  private void string(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
