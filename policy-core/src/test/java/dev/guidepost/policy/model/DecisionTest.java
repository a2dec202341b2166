package dev.guidepost.policy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionTest {
  private static final Option TIME_LIMITED =
      Option.of("working-hours", "time-limited", Parameter.integer("minutesPerDay", 1, 480));
  private static final Option PROHIBITED = Option.of("working-hours", "prohibited");
  private static final Option ENCOURAGED =
      Option.of(
          "advocacy",
          "encouraged",
          Parameter.choices("shareable", List.of("news", "events"), false));
  private static final Option DISCLOSE =
      Option.of(
          "transparency",
          "disclose-only",
          Parameter.choice("method", List.of("in-post", "profile")));

  @Test
  void of_decides_an_option_with_no_values() {
    Decision decision = Decision.of(PROHIBITED);
    assertThat(decision.option()).isEqualTo(PROHIBITED);
    assertThat(decision.area()).isEqualTo("working-hours");
    assertThat(decision.values()).isEmpty();
    assertThat(decision.is(PROHIBITED)).isTrue();
    assertThat(decision.is(TIME_LIMITED)).isFalse();
  }

  @Test
  void holds_a_value_of_a_declared_parameter() {
    Decision decision =
        Decision.builder()
            .option(TIME_LIMITED)
            .putValue("minutesPerDay", ParameterValue.ofInteger(30))
            .build();
    assertThat(decision.value("minutesPerDay")).contains(ParameterValue.ofInteger(30));
    assertThat(decision.value("months")).isEmpty();
  }

  @Test
  void rejects_a_parameter_the_option_does_not_declare() {
    assertThatThrownBy(
            () -> Decision.of(PROHIBITED).withValue("minutesPerDay", ParameterValue.ofInteger(30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("working-hours = prohibited")
        .hasMessageContaining("declares no parameter 'minutesPerDay'");
  }

  @Test
  void rejects_a_value_of_the_wrong_kind() {
    assertThatThrownBy(
            () -> Decision.of(TIME_LIMITED).withValue("minutesPerDay", ParameterValue.ofText("30")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parameter 'minutesPerDay'")
        .hasMessageContaining("does not accept 30");
  }

  @Test
  void rejects_a_choice_that_is_not_allowed() {
    assertThatThrownBy(
            () -> Decision.of(DISCLOSE).withValue("method", ParameterValue.ofChoice("email")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parameter 'method'")
        .hasMessageContaining("does not accept email");
  }

  @Test
  void rejects_choices_with_one_that_is_not_allowed() {
    ParameterValue shareable = ParameterValue.ofChoices(List.of("news", "memes"));
    assertThatThrownBy(() -> Decision.of(ENCOURAGED).withValue("shareable", shareable))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parameter 'shareable'")
        .hasMessageContaining("[news, memes]");
  }

  @Test
  void accepts_an_integer_out_of_range_because_that_is_a_finding() {
    assertThat(
            Decision.of(TIME_LIMITED)
                .withValue("minutesPerDay", ParameterValue.ofInteger(0))
                .value("minutesPerDay"))
        .contains(ParameterValue.ofInteger(0));
    assertThat(
            Decision.of(TIME_LIMITED)
                .withValue("minutesPerDay", ParameterValue.ofInteger(481))
                .value("minutesPerDay"))
        .contains(ParameterValue.ofInteger(481));
  }

  @Test
  void accepts_a_missing_required_parameter_because_that_is_a_finding() {
    assertThat(TIME_LIMITED.parameter("minutesPerDay").orElseThrow().required()).isTrue();
    assertThat(Decision.of(TIME_LIMITED).value("minutesPerDay")).isEmpty();
  }

  @Test
  void with_value_adds_a_value_and_leaves_the_original_unchanged() {
    Decision original = Decision.of(TIME_LIMITED);
    Decision changed = original.withValue("minutesPerDay", ParameterValue.ofInteger(30));
    assertThat(changed.values())
        .containsExactly(entry("minutesPerDay", ParameterValue.ofInteger(30)));
    assertThat(changed.option()).isEqualTo(TIME_LIMITED);
    assertThat(original.values()).isEmpty();
  }

  @Test
  void with_value_replaces_an_earlier_value() {
    Decision decision =
        Decision.of(TIME_LIMITED)
            .withValue("minutesPerDay", ParameterValue.ofInteger(30))
            .withValue("minutesPerDay", ParameterValue.ofInteger(60));
    assertThat(decision.values())
        .containsExactly(entry("minutesPerDay", ParameterValue.ofInteger(60)));
  }

  @Test
  void decisions_with_the_same_option_and_values_are_equal() {
    Decision a = Decision.of(TIME_LIMITED).withValue("minutesPerDay", ParameterValue.ofInteger(30));
    Decision b = Decision.of(TIME_LIMITED).withValue("minutesPerDay", ParameterValue.ofInteger(30));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(Decision.of(TIME_LIMITED));
    assertThat(a).isNotEqualTo(a.withValue("minutesPerDay", ParameterValue.ofInteger(31)));
    assertThat(Decision.of(PROHIBITED)).isEqualTo(Decision.of(PROHIBITED));
  }

  @Test
  void to_string_shows_the_option_and_any_values() {
    assertThat(Decision.of(PROHIBITED)).hasToString("working-hours = prohibited");
    assertThat(Decision.of(TIME_LIMITED).withValue("minutesPerDay", ParameterValue.ofInteger(30)))
        .hasToString("working-hours = time-limited {minutesPerDay=30}");
  }
}
