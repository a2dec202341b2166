package dev.guidepost.policy.json;

import java.io.StringWriter;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * An immutable JSON value as read by {@link TreeReader}: an object (fields in input order), an
 * array, a text, a number, a boolean, {@code null}, or the missing value that stands for a field
 * that is absent. Only the reader sees it; what it offers is what the reader asks.
 */
final class Node implements Iterable<Node> {
  /** The kinds of value. */
  enum Kind {
    MISSING,
    OBJECT,
    ARRAY,
    STRING,
    INTEGER,
    DECIMAL,
    BOOLEAN,
    NULL
  }

  static final Node MISSING = new Node(Kind.MISSING, "", List.of(), Map.of());
  static final Node NULL = new Node(Kind.NULL, "null", List.of(), Map.of());
  static final Node TRUE = new Node(Kind.BOOLEAN, "true", List.of(), Map.of());
  static final Node FALSE = new Node(Kind.BOOLEAN, "false", List.of(), Map.of());

  private static final JsonFactory WRITING = JsonFactory.builder().build();
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private final Kind kind;
  private final String text;
  private final List<Node> items;
  private final Map<String, Node> fields;

  private Node(Kind kind, String text, List<Node> items, Map<String, Node> fields) {
    this.kind = kind;
    this.text = text;
    this.items = items;
    this.fields = fields;
  }

  static Node string(String text) {
    return new Node(Kind.STRING, text, List.of(), Map.of());
  }

  /** A whole number, kept as its digits without leading zeros or plus sign. */
  static Node integer(BigInteger value) {
    return new Node(Kind.INTEGER, value.toString(), List.of(), Map.of());
  }

  /** A number with a fraction or exponent, kept as Jackson writes the double it is read as. */
  static Node decimal(double value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = WRITING.createGenerator(ObjectWriteContext.empty(), out)) {
      generator.writeNumber(value);
    }
    return new Node(Kind.DECIMAL, out.toString(), List.of(), Map.of());
  }

  static Node array(List<Node> items) {
    return new Node(Kind.ARRAY, "", List.copyOf(items), Map.of());
  }

  /** An object of fields in their order; the map is copied. */
  static Node object(Map<String, Node> fields) {
    return new Node(
        Kind.OBJECT, "", List.of(), Collections.unmodifiableMap(new LinkedHashMap<>(fields)));
  }

  Kind kind() {
    return kind;
  }

  boolean isMissingNode() {
    return kind == Kind.MISSING;
  }

  boolean isObject() {
    return kind == Kind.OBJECT;
  }

  boolean isArray() {
    return kind == Kind.ARRAY;
  }

  boolean isString() {
    return kind == Kind.STRING;
  }

  boolean isBoolean() {
    return kind == Kind.BOOLEAN;
  }

  boolean isIntegralNumber() {
    return kind == Kind.INTEGER;
  }

  /** Whether this is a whole number within the range of a {@code long}. */
  boolean canConvertToLong() {
    if (kind != Kind.INTEGER) {
      return false;
    }
    BigInteger value = new BigInteger(text);
    return value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0;
  }

  /** The value of a whole number within the range of a {@code long}. */
  long longValue() {
    return Long.parseLong(text);
  }

  /** The text of a string; empty for any other value. */
  String stringValue() {
    return kind == Kind.STRING ? text : "";
  }

  boolean booleanValue() {
    return this == TRUE;
  }

  /** The entries of an array or the fields of an object; 0 for other values. */
  int size() {
    return kind == Kind.OBJECT ? fields.size() : items.size();
  }

  boolean isEmpty() {
    return size() == 0;
  }

  /** An entry of an array. */
  Node get(int index) {
    return items.get(index);
  }

  /** A field of an object, or {@link #MISSING}. */
  Node path(String name) {
    return fields.getOrDefault(name, MISSING);
  }

  Set<String> propertyNames() {
    return fields.keySet();
  }

  Iterable<Map.Entry<String, Node>> properties() {
    return fields.entrySet();
  }

  @Override
  public java.util.Iterator<Node> iterator() {
    return items.iterator();
  }

  /** A scalar as JSON writes it (text unquoted); for other values their kind. */
  @Override
  public String toString() {
    return switch (kind) {
      case OBJECT, ARRAY, MISSING -> kind.name().toLowerCase(java.util.Locale.ROOT);
      default -> text;
    };
  }
}
