package dev.guidepost.policy.json;

import static dev.guidepost.policy.json.Problem.expected;
import static dev.guidepost.policy.json.Problem.found;
import static dev.guidepost.policy.json.Problem.ids;
import static dev.guidepost.policy.json.Problem.quoted;

import dev.guidepost.policy.message.Message;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Typed access to a JSON tree that fails with a {@link PolicyFormatException} at the path. */
final class Nodes {
  private static final int SHOWN_TEXT = 40;

  private Nodes() {}

  static PolicyFormatException error(JsonPath path, Message expected, Node found) {
    return new PolicyFormatException(path.toString(), expected, describe(found));
  }

  static PolicyFormatException error(JsonPath path, Message expected, Message found) {
    return new PolicyFormatException(path.toString(), expected, found);
  }

  static Message describe(Node node) {
    if (node.isMissingNode()) {
      return found("nothing");
    }
    if (node.isString()) {
      String text = node.stringValue();
      return text.length() > SHOWN_TEXT
          ? found(
              "long-text", "start", quoted(text.substring(0, SHOWN_TEXT)), "length", text.length())
          : quoted(text);
    }
    if (node.isObject()) {
      return found("object");
    }
    if (node.isArray()) {
      return node.size() == 1 ? found("array-of-one") : found("array", "size", node.size());
    }
    return Message.literal(node.toString());
  }

  /** Requires an object whose fields are all among the allowed names. */
  static Node object(Node node, JsonPath path, List<String> allowed) {
    if (!node.isObject()) {
      throw error(path, expected("object"), node);
    }
    for (String name : node.propertyNames()) {
      if (!allowed.contains(name)) {
        throw error(
            path.field(name),
            expected("only-fields", "allowed", ids(allowed)),
            found("field", "name", name));
      }
    }
    return node;
  }

  static Node required(Node object, JsonPath path, String name) {
    Node value = object.path(name);
    if (value.isMissingNode()) {
      throw error(path.field(name), expected("required-field", "name", name), found("nothing"));
    }
    return value;
  }

  static String text(Node node, JsonPath path, Message expected) {
    if (!node.isString() || node.stringValue().isBlank()) {
      throw error(path, expected, node);
    }
    return node.stringValue();
  }

  static long integer(Node node, JsonPath path, Message expected) {
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      throw error(path, expected, node);
    }
    return node.longValue();
  }

  static boolean bool(Node node, JsonPath path) {
    if (!node.isBoolean()) {
      throw error(path, expected("true-or-false"), node);
    }
    return node.booleanValue();
  }

  /** Requires an array of at most {@code limit} non-blank, distinct-if-asked strings. */
  static List<String> texts(
      Node node, JsonPath path, Message expected, int limit, boolean distinct) {
    if (!node.isArray()) {
      throw error(path, expected("array-of", "entries", expected), node);
    }
    if (node.size() > limit) {
      throw error(
          path, expected("at-most-entries", "limit", limit), found("array", "size", node.size()));
    }
    List<String> texts = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < node.size(); i++) {
      String text = text(node.get(i), path.index(i), expected);
      if (distinct && !seen.add(text)) {
        throw error(path.index(i), expected("each-once"), found("again", "text", quoted(text)));
      }
      texts.add(text);
    }
    return texts;
  }

  static Iterable<Map.Entry<String, Node>> fields(Node object) {
    return object.properties();
  }
}
