package dev.guidepost.policy.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.model.Language;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MessageBundleTest {
  private final MessageBundle messages = MessageBundle.standard();

  static Iterable<Language> translations() {
    return Language.standard().subList(1, Language.standard().size());
  }

  private static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void the_standard_bundle_is_whole_in_every_standard_language() {
    assertThat(messages.languages()).containsExactlyElementsOf(Language.standard());
    assertThat(messages.gaps(Language.standard())).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("translations")
  void no_translation_is_left_in_english(Language language) {
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
    assertThat(messages.keys(Language.of("fi"))).isEmpty();
  }

  @Test
  void placeholders_are_the_sorted_names_in_braces() {
    MessageBundle bundle =
        MessageBundle.builder()
            .put(Language.ENGLISH, "a", "{option} of {area}, then {area} again")
            .put(Language.ENGLISH, "b", "no placeholder here")
            .build();
    assertThat(bundle.placeholders(Language.ENGLISH, "a")).containsExactly("area", "option");
    assertThat(bundle.placeholders(Language.DANISH, "b")).isEmpty();
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
  void fills_plain_arguments_once_so_a_value_is_never_read_as_a_pattern() {
    assertThat(
            messages.format(
                Language.ENGLISH, "fact.country", Map.of("country", "{country} and {area}")))
        .contains("{country} and {area}");
    assertThat(
            messages.format(
                Language.DANISH, "fact.decision", Map.of("area", Labels.area("tone"), "option", 3)))
        .isEqualTo(Labels.area("tone").format(Language.DANISH) + ": 3");
  }

  @Test
  void shows_an_id_without_a_label_as_it_is() {
    assertThat(Labels.area("ai-tools").format(Language.DANISH)).isEqualTo("ai-tools");
  }

  @Test
  void falls_back_to_english_for_a_language_without_texts() {
    assertThat(Message.of("severity.error").format(Language.of("fi"))).isEqualTo("Error");
  }

  @Test
  void falls_back_to_the_first_language_that_has_a_key_when_english_lacks_it() {
    MessageBundle ours =
        MessageBundle.builder()
            .put(Language.SWEDISH, "k", "svenska")
            .put(Language.DANISH, "k", "dansk")
            .build();
    assertThat(ours.pattern(Language.DUTCH, "k")).isEqualTo("svenska");
    assertThat(ours.pattern(Language.DANISH, "k")).isEqualTo("dansk");
  }

  @Test
  void a_literal_is_shown_as_it_is_in_every_language() {
    assertThat(Message.literal("Acme A/S").format(Language.DUTCH)).isEqualTo("Acme A/S");
  }

  @Test
  void a_missing_argument_names_the_message_and_the_argument() {
    assertThatThrownBy(() -> Message.of("fact.country").format(Language.ENGLISH))
        .isInstanceOf(UnresolvedMessageException.class)
        .hasMessage("message 'fact.country' needs the argument 'country'");
    assertThatThrownBy(() -> messages.format(Language.ENGLISH, "fact.country", Map.of()))
        .isInstanceOf(UnresolvedMessageException.class)
        .hasMessage("message 'fact.country' needs the argument 'country'");
  }

  @Test
  void an_unknown_key_is_named() {
    assertThatThrownBy(() -> Message.of("no.such.key").format(Language.ENGLISH))
        .isInstanceOf(UnresolvedMessageException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no message has the key 'no.such.key'")
        .extracting(e -> ((UnresolvedMessageException) e).key())
        .isEqualTo("no.such.key");
    assertThatThrownBy(() -> messages.pattern(Language.DANISH, "no.such.key"))
        .isInstanceOf(UnresolvedMessageException.class);
    assertThat(messages.has("no.such.key")).isFalse();
    assertThat(messages.has("severity.error")).isTrue();
  }

  @Test
  void an_upper_layer_wins_key_by_key_and_language_by_language() {
    MessageBundle ours =
        MessageBundle.builder()
            .put(Language.ENGLISH, "severity.error", "Must fix")
            .put(Language.DANISH, "rule.ours.message", "Vores egen regel")
            .build();

    MessageBundle layered = messages.overlay(ours);

    assertThat(layered.pattern(Language.ENGLISH, "severity.error")).isEqualTo("Must fix");
    assertThat(layered.pattern(Language.DANISH, "severity.error"))
        .isEqualTo(messages.pattern(Language.DANISH, "severity.error"));
    assertThat(layered.pattern(Language.DANISH, "rule.ours.message")).isEqualTo("Vores egen regel");
    assertThat(layered.pattern(Language.ENGLISH, "rule.ours.message"))
        .isEqualTo("Vores egen regel");
    assertThat(messages.has("rule.ours.message")).isFalse();
    assertThat(messages.overlay(MessageBundle.builder().build())).isSameAs(messages);
  }

  @Test
  void a_bound_message_is_written_with_its_own_bundle_and_its_arguments_too() {
    MessageBundle ours =
        MessageBundle.builder()
            .put(Language.ENGLISH, "ours", "Ours: {area}")
            .put(Language.ENGLISH, "area.ai-tools", "AI tools")
            .build();
    Message bound = Message.of("ours", "area", Labels.area("ai-tools")).in(ours);

    assertThat(bound.format(Language.ENGLISH)).isEqualTo("Ours: AI tools");
    assertThat(messages.format(bound, Language.ENGLISH)).isEqualTo("Ours: AI tools");
    assertThat(bound.bundle()).contains(ours);
    assertThat(Message.of("ours").bundle()).isEmpty();
  }

  @Test
  void gaps_name_every_missing_extra_blank_or_differently_filled_text() {
    MessageBundle bundle =
        MessageBundle.builder()
            .put(Language.ENGLISH, "a", "{x}")
            .put(Language.ENGLISH, "b", "b")
            .put(Language.DANISH, "a", "{y}")
            .put(Language.DANISH, "c", "c")
            .build();

    assertThat(bundle.gaps(List.of(Language.ENGLISH, Language.DANISH)))
        .containsExactly(
            "da writes a with the placeholders [y] where en has [x]",
            "da lacks b",
            "da has c, which en lacks");
    assertThat(bundle.gaps(List.of())).isEmpty();
    assertThat(
            MessageBundle.builder()
                .put(Language.SWEDISH, "a", "a")
                .build()
                .gaps(List.of(Language.SWEDISH, Language.DANISH)))
        .containsExactly("da lacks a");
  }

  @Test
  void blank_keys_and_texts_are_refused() {
    MessageBundle.Builder builder = MessageBundle.builder();
    assertThatThrownBy(() -> builder.put(Language.ENGLISH, "k", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a key and its text must not be blank: 'k' in en");
    assertThatThrownBy(() -> builder.put(Language.ENGLISH, " ", "text"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reads_one_utf8_file_per_language() {
    Map<String, String> files =
        Map.of("t_en.properties", "b=Note {area}\na=Open\n", "t_da.properties", "a=Åbn\n");

    MessageBundle bundle =
        MessageBundle.read(
            name -> files.containsKey(name) ? utf8(files.get(name)) : null,
            "t",
            List.of(Language.ENGLISH, Language.DANISH));

    assertThat(bundle.languages()).containsExactly(Language.ENGLISH, Language.DANISH);
    assertThat(bundle.pattern(Language.DANISH, "a")).isEqualTo("Åbn");
    assertThat(bundle.pattern(Language.DANISH, "b")).isEqualTo("Note {area}");
    assertThat(bundle.keys(Language.ENGLISH)).containsExactly("a", "b");
  }

  @Test
  void a_missing_file_is_named() {
    assertThatThrownBy(() -> MessageBundle.read(name -> null, "cli", List.of(Language.of("fi"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the bundle cli_fi.properties is missing");
  }

  @Test
  void bundles_with_the_same_texts_are_equal() {
    MessageBundle one = MessageBundle.builder().put(Language.ENGLISH, "a", "b").build();
    MessageBundle two = MessageBundle.builder().putAll(Language.ENGLISH, Map.of("a", "b")).build();
    MessageBundle other = MessageBundle.builder().put(Language.ENGLISH, "a", "c").build();

    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two).isNotEqualTo(other);
    assertThat(one).isNotEqualTo("a=b");
    assertThat(one.toString()).isEqualTo("MessageBundle{en=1}");
  }
}
