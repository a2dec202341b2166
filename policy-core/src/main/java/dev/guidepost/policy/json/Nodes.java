package dev.guidepost.policy.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Typed access to a JSON tree that fails with a {@link PolicyFormatException} at the path. */
final class Nodes {
  private static final int SHOWN_TEXT = 40;

  private Nodes() {}

  static PolicyFormatException error(JsonPath path, String expected, JsonNode found) {
    return new PolicyFormatException(path.toString(), expected, describe(found));
  }

  static PolicyFormatException error(JsonPath path, String expected, String found) {
    return new PolicyFormatException(path.toString(), expected, found);
  }

  static String describe(JsonNode node) {
    if (node.isMissingNode()) {
      return "nothing";
    }
    if (node.isString()) {
      String text = node.stringValue();
      return text.length() > SHOWN_TEXT
          ? quote(text.substring(0, SHOWN_TEXT)) + "… (" + text.length() + " characters)"
          : quote(text);
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "an array of " + node.size();
    }
    return node.toString();
  }

  static String quote(String text) {
    return "\"" + text + "\"";
  }

  /** Requires an object whose fields are all among the allowed names. */
  static JsonNode object(JsonNode node, JsonPath path, List<String> allowed) {
    if (!node.isObject()) {
      throw error(path, "an object", node);
    }
    for (String name : node.propertyNames()) {
      if (!allowed.contains(name)) {
        throw error(path.field(name), "no field '" + name + "'; allowed are " + allowed, "one");
      }
    }
    return node;
  }

  static JsonNode required(JsonNode object, JsonPath path, String name) {
    JsonNode value = object.path(name);
    if (value.isMissingNode()) {
      throw error(path.field(name), "the required field '" + name + "'", "nothing");
    }
    return value;
  }

  static String text(JsonNode node, JsonPath path, String expected) {
    if (!node.isString() || node.stringValue().isBlank()) {
      throw error(path, expected, node);
    }
    return node.stringValue();
  }

  static long integer(JsonNode node, JsonPath path, String expected) {
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      throw error(path, expected, node);
    }
    return node.longValue();
  }

  static boolean bool(JsonNode node, JsonPath path) {
    if (!node.isBoolean()) {
      throw error(path, "true or false", node);
    }
    return node.booleanValue();
  }

  /** Requires an array of at most {@code limit} non-blank, distinct-if-asked strings. */
  static List<String> texts(
      JsonNode node, JsonPath path, String expected, int limit, boolean distinct) {
    if (!node.isArray()) {
      throw error(path, "an array of " + expected, node);
    }
    if (node.size() > limit) {
      throw error(path, "at most " + limit + " entries", "an array of " + node.size());
    }
    List<String> texts = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < node.size(); i++) {
      String text = text(node.get(i), path.index(i), expected);
      if (distinct && !seen.add(text)) {
        throw error(path.index(i), "each entry at most once", quote(text) + " again");
      }
      texts.add(text);
    }
    return texts;
  }

  static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode object) {
    return object.properties();
  }
}
