package dev.guidepost.policy.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;

/**
 * Reads one JSON value from a parser into a {@link Node} tree, and requires that nothing but white
 * space follows it. The parser's constraints (the limits) and duplicate detection apply as it
 * reads; its exceptions pass through unchanged.
 */
final class TreeReader {
  private TreeReader() {}

  /** Returns the value, or {@link Node#MISSING} for input of nothing but white space. */
  static Node read(JsonParser parser) {
    JsonToken token = parser.nextToken();
    if (token == null) {
      return Node.MISSING;
    }
    Node value = value(parser, token);
    JsonToken trailing = parser.nextToken();
    if (trailing != null) {
      // Jackson's wording and place for it, without data binding's words for what it was bound to
      throw new StreamReadException(
          parser,
          "Trailing token (`JsonToken." + trailing.name() + "`) found after value",
          parser.currentTokenLocation());
    }
    return value;
  }

  private static Node value(JsonParser parser, JsonToken token) {
    return switch (token) {
      case START_OBJECT -> object(parser);
      case START_ARRAY -> array(parser);
      case VALUE_STRING -> Node.string(parser.getString());
      case VALUE_NUMBER_INT -> Node.integer(parser.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT -> Node.decimal(parser.getDoubleValue());
      case VALUE_TRUE -> Node.TRUE;
      case VALUE_FALSE -> Node.FALSE;
      case VALUE_NULL -> Node.NULL;
      default -> throw new StreamReadException(parser, "Unexpected token " + token);
    };
  }

  /** Reads the fields with {@code nextName}, whose words for a mistake are those users saw. */
  private static Node object(JsonParser parser) {
    Map<String, Node> fields = new LinkedHashMap<>();
    for (String name = parser.nextName(); name != null; name = parser.nextName()) {
      fields.put(name, value(parser, parser.nextToken()));
    }
    return Node.object(fields);
  }

  private static Node array(JsonParser parser) {
    List<Node> items = new ArrayList<>();
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      items.add(value(parser, token));
    }
    return Node.array(items);
  }
}
