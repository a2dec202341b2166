package dev.guidepost.policy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterTest {
  private static final Parameter MINUTES = Parameter.integer("minutesPerDay", 1, 480);
  private static final Parameter METHOD =
      Parameter.choice("method", List.of("in-post", "hashtag", "profile"));
  private static final Parameter SHAREABLE =
      Parameter.choices("shareable", List.of("news", "events"), false);

  @Test
  void integer_declares_a_required_range() {
    assertThat(MINUTES.name()).isEqualTo("minutesPerDay");
    assertThat(MINUTES.kind()).isEqualTo(ParameterKind.INTEGER);
    assertThat(MINUTES.required()).isTrue();
    assertThat(MINUTES.minimum()).contains(1L);
    assertThat(MINUTES.maximum()).contains(480L);
    assertThat(MINUTES.allowedValues()).isEmpty();
  }

  @Test
  void choice_and_choices_keep_their_allowed_values_in_order() {
    assertThat(METHOD.kind()).isEqualTo(ParameterKind.CHOICE);
    assertThat(METHOD.required()).isTrue();
    assertThat(METHOD.allowedValues()).containsExactly("in-post", "hashtag", "profile");
    assertThat(SHAREABLE.kind()).isEqualTo(ParameterKind.CHOICES);
    assertThat(SHAREABLE.required()).isFalse();
  }

  @Test
  void of_declares_a_parameter_without_range_or_allowed_values() {
    Parameter date = Parameter.of("date", ParameterKind.DATE, false);
    assertThat(date.required()).isFalse();
    assertThat(date.minimum()).isEmpty();
    assertThat(date.maximum()).isEmpty();
    assertThat(date.allowedValues()).isEmpty();
  }

  @Test
  void accepts_a_value_of_its_kind_regardless_of_range() {
    assertThat(MINUTES.accepts(ParameterValue.ofInteger(30))).isTrue();
    assertThat(MINUTES.accepts(ParameterValue.ofInteger(0))).isTrue();
    assertThat(MINUTES.accepts(ParameterValue.ofInteger(10_000))).isTrue();
  }

  @Test
  void does_not_accept_a_value_of_another_kind() {
    assertThat(MINUTES.accepts(ParameterValue.ofText("30"))).isFalse();
    assertThat(METHOD.accepts(ParameterValue.ofText("in-post"))).isFalse();
    assertThat(SHAREABLE.accepts(ParameterValue.ofTexts(List.of("news")))).isFalse();
    assertThat(
            Parameter.of("date", ParameterKind.DATE, true).accepts(ParameterValue.ofBoolean(true)))
        .isFalse();
  }

  @Test
  void accepts_only_allowed_choices() {
    assertThat(METHOD.accepts(ParameterValue.ofChoice("hashtag"))).isTrue();
    assertThat(METHOD.accepts(ParameterValue.ofChoice("email"))).isFalse();
    assertThat(SHAREABLE.accepts(ParameterValue.ofChoices(List.of("events", "news")))).isTrue();
    assertThat(SHAREABLE.accepts(ParameterValue.ofChoices(List.of()))).isTrue();
    assertThat(SHAREABLE.accepts(ParameterValue.ofChoices(List.of("news", "memes")))).isFalse();
  }

  @Test
  void in_range_checks_the_inclusive_bounds_of_integers_only() {
    assertThat(MINUTES.inRange(ParameterValue.ofInteger(1))).isTrue();
    assertThat(MINUTES.inRange(ParameterValue.ofInteger(480))).isTrue();
    assertThat(MINUTES.inRange(ParameterValue.ofInteger(0))).isFalse();
    assertThat(MINUTES.inRange(ParameterValue.ofInteger(481))).isFalse();
    assertThat(METHOD.inRange(ParameterValue.ofChoice("profile"))).isTrue();
    Parameter unbounded = Parameter.of("count", ParameterKind.INTEGER, true);
    assertThat(unbounded.inRange(ParameterValue.ofInteger(-5))).isTrue();
    assertThat(
            Parameter.of("date", ParameterKind.DATE, true)
                .inRange(ParameterValue.ofDate(LocalDate.of(2027, 1, 1))))
        .isTrue();
  }

  @Test
  void rejects_a_name_that_is_not_camel_case() {
    for (String name : new String[] {"", "minutes-per-day", "MinutesPerDay", "1minutes", "a b"}) {
      assertThatThrownBy(() -> Parameter.of(name, ParameterKind.TEXT, true))
          .as(name)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("camelCase")
          .hasMessageContaining("'" + name + "'");
    }
  }

  @Test
  void rejects_a_choice_kind_without_allowed_values() {
    assertThatThrownBy(() -> Parameter.of("method", ParameterKind.CHOICE, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'method'");
    assertThatThrownBy(() -> Parameter.choices("topics", List.of(), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'topics'");
  }

  @Test
  void rejects_allowed_values_for_a_kind_that_is_not_a_choice() {
    assertThatThrownBy(
            () ->
                Parameter.builder()
                    .name("contact")
                    .kind(ParameterKind.TEXT)
                    .addAllowedValue("jane")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'contact'");
  }

  @Test
  void rejects_an_allowed_value_that_is_not_kebab_case() {
    assertThatThrownBy(() -> Parameter.choice("method", List.of("in-post", "In Post")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'In Post'");
  }

  @Test
  void rejects_a_range_on_a_parameter_that_is_not_an_integer() {
    assertThatThrownBy(
            () -> Parameter.builder().name("contact").kind(ParameterKind.TEXT).minimum(1L).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("range");
    assertThatThrownBy(
            () -> Parameter.builder().name("contact").kind(ParameterKind.TEXT).maximum(9L).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("range");
  }

  @Test
  void rejects_a_minimum_above_the_maximum() {
    assertThatThrownBy(() -> Parameter.integer("months", 61, 60))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'months'")
        .hasMessageContaining("minimum exceeds the maximum");
  }

  @Test
  void accepts_a_range_of_one_value_or_with_one_bound_only() {
    assertThat(Parameter.integer("months", 12, 12).inRange(ParameterValue.ofInteger(12))).isTrue();
    Parameter atLeastOne =
        Parameter.builder().name("count").kind(ParameterKind.INTEGER).minimum(1L).build();
    Parameter atMostNine =
        Parameter.builder().name("count").kind(ParameterKind.INTEGER).maximum(9L).build();

    assertThat(atLeastOne.maximum()).isEmpty();
    assertThat(atLeastOne.inRange(ParameterValue.ofInteger(Long.MAX_VALUE))).isTrue();
    assertThat(atMostNine.minimum()).isEmpty();
    assertThat(atMostNine.inRange(ParameterValue.ofInteger(Long.MIN_VALUE))).isTrue();
  }

  @Test
  void each_factory_builds_the_parameter_it_names() {
    // built here rather than in constants, so that each test sees a freshly made parameter
    Parameter method = Parameter.choice("method", List.of("in-post", "profile"));
    Parameter topics = Parameter.choices("topics", List.of("news"), true);

    assertThat(method.kind()).isEqualTo(ParameterKind.CHOICE);
    assertThat(method.allowedValues()).containsExactly("in-post", "profile");
    assertThat(method.required()).isTrue();
    assertThat(topics.kind()).isEqualTo(ParameterKind.CHOICES);
    assertThat(topics.required()).isTrue();
    assertThat(Parameter.integer("months", 1, 60).required()).isTrue();
    assertThat(Parameter.builder().name("note").kind(ParameterKind.TEXT).build().required())
        .isTrue();
  }

  @Test
  void parameters_with_the_same_declaration_are_equal() {
    assertThat(Parameter.integer("months", 1, 60)).isEqualTo(Parameter.integer("months", 1, 60));
    assertThat(Parameter.integer("months", 1, 60))
        .hasSameHashCodeAs(Parameter.integer("months", 1, 60));
    assertThat(Parameter.integer("months", 1, 60)).isNotEqualTo(Parameter.integer("months", 1, 61));
  }

  @Test
  void without_declarations_the_wording_follows_the_name_and_there_is_no_default() {
    assertThat(SHAREABLE.placeholder()).isEqualTo("shareable");
    assertThat(SHAREABLE.vocabulary()).isEqualTo("shareable");
    assertThat(SHAREABLE.variant()).isEmpty();
    assertThat(MINUTES.defaultValue()).isEmpty();
  }

  @Test
  void each_declaration_changes_only_its_own_part() {
    Parameter minutes =
        MINUTES.withPlaceholder("minutes").withDefaultValue(ParameterValue.ofInteger(30));
    Parameter networks =
        Parameter.choices("networks", List.of("facebook", "x"), false)
            .withVocabulary("network")
            .withVariant("listed-networks");

    assertThat(minutes.placeholder()).isEqualTo("minutes");
    assertThat(minutes.defaultValue()).contains(ParameterValue.ofInteger(30));
    assertThat(minutes.name()).isEqualTo("minutesPerDay");
    assertThat(minutes.minimum()).contains(1L);
    assertThat(minutes.vocabulary()).isEqualTo("minutesPerDay");
    assertThat(networks.vocabulary()).isEqualTo("network");
    assertThat(networks.variant()).contains("listed-networks");
    assertThat(networks.placeholder()).isEqualTo("networks");
    assertThat(networks.required()).isFalse();
    assertThat(networks).isNotEqualTo(networks.withVariant("listed"));
    assertThat(networks.alternatives()).isFalse();
    assertThat(networks.withAlternatives().alternatives()).isTrue();
    assertThat(networks.withAlternatives().vocabulary()).isEqualTo("network");
    assertThat(networks).isNotEqualTo(networks.withAlternatives());
  }

  @Test
  void a_default_value_must_be_of_the_kind_allowed_and_in_range() {
    assertThat(METHOD.withDefaultValue(ParameterValue.ofChoice("profile")).defaultValue())
        .contains(ParameterValue.ofChoice("profile"));
    assertThatThrownBy(() -> MINUTES.withDefaultValue(ParameterValue.ofInteger(481)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter 'minutesPerDay': the default value 481 is not allowed");
    assertThatThrownBy(() -> MINUTES.withDefaultValue(ParameterValue.ofText("30")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the default value 30 is not allowed");
    assertThatThrownBy(() -> METHOD.withDefaultValue(ParameterValue.ofChoice("email")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'method'");
  }

  @Test
  void a_placeholder_a_variant_and_a_vocabulary_must_fit_into_keys_and_texts() {
    assertThatThrownBy(() -> MINUTES.withPlaceholder("per-day"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a placeholder must be a camelCase name");
    assertThatThrownBy(() -> SHAREABLE.withVariant("Shared"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a variant must be a kebab-case id");
    assertThatThrownBy(() -> SHAREABLE.withVocabulary("share able"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a vocabulary must be a camelCase name or a kebab-case id, but was 'share able'");
    assertThat(SHAREABLE.withVocabulary("job-postings").vocabulary()).isEqualTo("job-postings");
    assertThat(SHAREABLE.withVocabulary("jobPostings").vocabulary()).isEqualTo("jobPostings");
  }
}
