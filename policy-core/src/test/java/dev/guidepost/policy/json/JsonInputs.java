package dev.guidepost.policy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.guidepost.policy.model.Language;

/** Small JSON documents for reader tests, and the assertion that one is rejected at a path. */
final class JsonInputs {
  /** The smallest policy the reader accepts. */
  static final String MINIMAL =
      """
      {"guidepost": 1, "organisation": {"name": "Acme A/S", "country": "DK"}, "decisions": {}}""";

  private JsonInputs() {}

  /** Returns the minimal policy with more top-level fields, given as {@code "a": 1, "b": 2}. */
  static String withFields(String fields) {
    return MINIMAL.replace("{\"guidepost\": 1,", "{\"guidepost\": 1, " + fields + ",");
  }

  /** Returns the minimal policy with these organisation fields, given as {@code "a": 1}. */
  static String withOrganisation(String fields) {
    return """
        {"guidepost": 1, "organisation": {%s}, "decisions": {}}"""
        .formatted(fields);
  }

  /** Returns the minimal policy with these decisions, given as {@code "tone": {...}}. */
  static String withDecisions(String decisions) {
    return MINIMAL.replace("\"decisions\": {}", "\"decisions\": {" + decisions + "}");
  }

  /** Returns the minimal policy with one decision of some area. */
  static String withDecision(String area, String decision) {
    return withDecisions("\"" + area + "\": " + decision);
  }

  /** Returns the minimal policy with a {@code customClauses} array of this content. */
  static String withClauses(String clauses) {
    return MINIMAL.replace(
        "\"decisions\": {}", "\"decisions\": {}, \"customClauses\": [" + clauses + "]");
  }

  /** Reads a text that must be rejected at a path, and returns the exception. */
  static PolicyFormatException rejected(String json, String path) {
    PolicyFormatException e =
        catchThrowableOfType(PolicyFormatException.class, () -> PolicyJson.standard().read(json));
    assertThat(e).as("reading should fail with a PolicyFormatException").isNotNull();
    assertThat(e.path()).as("path of: %s", e.getMessage()).isEqualTo(path);
    assertThat(e.expected()).isNotBlank();
    assertThat(e.found()).isNotBlank();
    assertThat(e.getMessage()).startsWith(path + ": expected " + e.expected() + ", but found ");
    assertThat(e.problem().format(Language.ENGLISH)).isEqualTo(e.getMessage());
    for (Language language : Language.standard()) {
      if (!language.equals(Language.ENGLISH)) {
        assertThat(e.problem().format(language))
            .as("the problem in %s", language)
            .startsWith(path + ": ")
            .isNotEqualTo(e.getMessage());
      }
    }
    return e;
  }
}
