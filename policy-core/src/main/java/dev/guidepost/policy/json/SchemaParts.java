package dev.guidepost.policy.json;

import dev.guidepost.policy.model.ParameterKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parts a {@link PolicySchema} is built of: types, references, lists and objects. */
final class SchemaParts {
  private SchemaParts() {}

  static Map<String, Object> definitions() {
    Map<String, Object> text = described(typed("string"), "A text that is not blank.");
    text.put("maxLength", Limits.MAX_TEXT_LENGTH);
    text.put("pattern", "\\S");
    Map<String, Object> language =
        described(typed("string"), "A language code such as \"da\": two or three letters.");
    language.put("pattern", "^[a-z]{2,3}$");
    Map<String, Object> country =
        described(typed("string"), "An ISO 3166-1 alpha-2 country code such as \"DK\".");
    country.put("pattern", "^[A-Z]{2}$");
    Map<String, Object> date =
        described(typed("string"), "An ISO-8601 date such as \"2027-01-01\".");
    date.put("format", "date");
    date.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    Map<String, Object> definitions = new LinkedHashMap<>();
    definitions.put("text", text);
    definitions.put("language", language);
    definitions.put("country", country);
    definitions.put("date", date);
    return definitions;
  }

  static Map<String, Object> list(Map<String, Object> items, boolean distinct) {
    Map<String, Object> schema = typed("array");
    schema.put("items", items);
    schema.put("maxItems", Limits.MAX_LIST_SIZE);
    if (distinct) {
      schema.put("uniqueItems", true);
    }
    return schema;
  }

  static Map<String, Object> closed(
      Map<String, Object> schema, List<String> required, Map<String, Object> fields) {
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    schema.put("properties", fields);
    schema.put("additionalProperties", false);
    return schema;
  }

  static Map<String, Object> typed(String type) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", type);
    return schema;
  }

  static Map<String, Object> ref(String definition) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("$ref", "#/$defs/" + definition);
    return schema;
  }

  static Map<String, Object> described(Map<String, Object> schema, String description) {
    schema.put("description", description);
    return schema;
  }

  static Map<String, Object> atLeastOne(Map<String, Object> list) {
    list.put("minItems", 1);
    return list;
  }

  /** Says in English what a value of a kind is. */
  static String kind(ParameterKind kind) {
    return switch (kind) {
      case INTEGER -> "A whole number";
      case BOOLEAN -> "true or false";
      case TEXT -> "A text";
      case DATE -> "An ISO-8601 date";
      case CHOICE -> "One of";
      case CHOICES -> "Distinct values, each one of";
      case TEXTS -> "A list of texts";
    };
  }
}
