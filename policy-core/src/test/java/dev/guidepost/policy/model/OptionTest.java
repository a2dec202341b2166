package dev.guidepost.policy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OptionTest {
  private static final Parameter MINUTES = Parameter.integer("minutesPerDay", 1, 480);
  private static final Parameter NOTE = Parameter.of("note", ParameterKind.TEXT, false);

  @Test
  void of_gives_an_option_with_its_area_id_and_parameters_in_order() {
    Option option = Option.of("working-hours", "time-limited", MINUTES, NOTE);
    assertThat(option.area()).isEqualTo("working-hours");
    assertThat(option.id()).isEqualTo("time-limited");
    assertThat(option.parameters()).containsExactly(MINUTES, NOTE);
  }

  @Test
  void an_option_may_declare_no_parameter() {
    assertThat(Option.of("working-hours", "prohibited").parameters()).isEmpty();
  }

  @Test
  void finds_a_parameter_by_name() {
    Option option = Option.of("working-hours", "time-limited", MINUTES);
    assertThat(option.parameter("minutesPerDay")).contains(MINUTES);
    assertThat(option.parameter("minutes")).isEmpty();
  }

  @Test
  void rejects_a_blank_area_id() {
    assertThatThrownBy(() -> Option.of(" ", "prohibited"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("an area id")
        .hasMessageContaining("kebab-case");
  }

  @Test
  void rejects_an_option_id_that_is_not_kebab_case() {
    for (String id : new String[] {"", "Time-Limited", "time_limited", "time--limited", "-x"}) {
      assertThatThrownBy(() -> Option.of("working-hours", id))
          .as(id)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("an option id")
          .hasMessageContaining("'" + id + "'");
    }
  }

  @Test
  void rejects_a_parameter_declared_twice() {
    assertThatThrownBy(
            () ->
                Option.of(
                    "working-hours",
                    "time-limited",
                    MINUTES,
                    Parameter.of("minutesPerDay", ParameterKind.INTEGER, false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'minutesPerDay' twice");
  }

  @Test
  void options_with_the_same_area_id_and_parameters_are_equal() {
    assertThat(Option.of("review", "every", Parameter.integer("months", 1, 60)))
        .isEqualTo(Option.of("review", "every", Parameter.integer("months", 1, 60)))
        .hasSameHashCodeAs(Option.of("review", "every", Parameter.integer("months", 1, 60)));
    assertThat(Option.of("review", "none")).isNotEqualTo(Option.of("training", "none"));
    assertThat(Option.of("review", "every")).isNotEqualTo(Option.of("review", "every", MINUTES));
  }

  @Test
  void to_string_names_area_and_option() {
    assertThat(Option.of("working-hours", "prohibited")).hasToString("working-hours = prohibited");
  }
}
