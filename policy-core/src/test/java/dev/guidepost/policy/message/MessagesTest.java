package dev.guidepost.policy.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.model.Language;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MessagesTest {
  private final Messages messages = Messages.standard();

  static Iterable<Language> translations() {
    return Language.standard().subList(1, Language.standard().size());
  }

  @ParameterizedTest
  @MethodSource("translations")
  void every_key_exists_in_every_language(Language language) {
    assertThat(messages.keys(language)).isEqualTo(messages.keys(Language.ENGLISH));
  }

  @ParameterizedTest
  @MethodSource("translations")
  void every_key_has_the_same_placeholders_in_every_language(Language language) {
    Map<String, Object> expected = new TreeMap<>();
    Map<String, Object> actual = new TreeMap<>();
    for (String key : messages.keys(Language.ENGLISH)) {
      expected.put(key, Messages.placeholders(messages.pattern(Language.ENGLISH, key)));
      actual.put(key, Messages.placeholders(messages.pattern(language, key)));
    }
    assertThat(actual).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("translations")
  void no_translation_is_blank_or_left_in_english(Language language) {
    for (String key : messages.keys(language)) {
      assertThat(messages.pattern(language, key)).as(key).isNotBlank();
    }
    assertThat(messages.pattern(language, "rule.credentials-never-requested.message"))
        .isNotEqualTo(
            messages.pattern(Language.ENGLISH, "rule.credentials-never-requested.message"));
  }

  @Test
  void keys_are_listed_sorted_for_every_standard_language() {
    for (Language language : Language.standard()) {
      assertThat(List.copyOf(messages.keys(language)))
          .as("keys of %s", language)
          .contains("severity.error", "rule.review-overdue.message")
          .isSorted();
    }
  }

  @Test
  void placeholders_are_the_sorted_names_in_braces() {
    assertThat(Messages.placeholders("{option} of {area}, then {area} again"))
        .containsExactly("area", "option");
    assertThat(Messages.placeholders("no placeholder here")).isEmpty();
  }

  @Test
  void fills_named_placeholders_with_translated_arguments() {
    Message fact =
        Message.of("fact.decision", "area", Labels.area("working-hours"))
            .with("option", Labels.option("working-hours", "prohibited"));

    assertThat(fact.format(Language.ENGLISH))
        .isEqualTo("Social media during working hours: Not allowed");
  }

  @Test
  void shows_an_id_without_a_label_as_it_is() {
    assertThat(Labels.area("ai-tools").format(Language.DANISH)).isEqualTo("ai-tools");
  }

  @Test
  void falls_back_to_english_for_a_language_without_a_bundle() {
    assertThat(Message.of("severity.error").format(Language.of("fi"))).isEqualTo("Error");
  }

  @Test
  void a_literal_is_shown_as_it_is_in_every_language() {
    assertThat(Message.literal("Acme A/S").format(Language.DUTCH)).isEqualTo("Acme A/S");
  }

  @Test
  void a_missing_argument_is_a_programming_error() {
    assertThatThrownBy(() -> Message.of("fact.country").format(Language.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("country");
  }

  @Test
  void an_unknown_key_is_a_programming_error() {
    assertThatThrownBy(() -> Message.of("no.such.key").format(Language.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no.such.key");
  }

  @Test
  void reads_a_bundle_in_utf8_sorted_by_key() {
    byte[] bytes = "b=Bemærk {area}\na=Åbn\n".getBytes(StandardCharsets.UTF_8);

    Map<String, String> bundle =
        Messages.readBundle(new ByteArrayInputStream(bytes), "test.properties");

    assertThat(bundle).containsExactly(Map.entry("a", "Åbn"), Map.entry("b", "Bemærk {area}"));
  }

  @Test
  void a_missing_bundle_is_named() {
    assertThatThrownBy(() -> Messages.readBundle(null, "cli_fi.properties"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cli_fi.properties");
  }
}
