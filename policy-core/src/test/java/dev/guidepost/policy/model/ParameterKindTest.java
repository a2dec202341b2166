package dev.guidepost.policy.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterKindTest {
  @Test
  void the_kinds_are_the_seven_value_types_of_the_json_form() {
    assertThat(ParameterKind.values())
        .containsExactly(
            ParameterKind.INTEGER,
            ParameterKind.BOOLEAN,
            ParameterKind.TEXT,
            ParameterKind.DATE,
            ParameterKind.CHOICE,
            ParameterKind.CHOICES,
            ParameterKind.TEXTS);
  }

  @Test
  void every_kind_has_a_value_factory_of_that_kind() {
    assertThat(ParameterValue.ofInteger(1).kind()).isEqualTo(ParameterKind.INTEGER);
    assertThat(ParameterValue.ofBoolean(true).kind()).isEqualTo(ParameterKind.BOOLEAN);
    assertThat(ParameterValue.ofText("a").kind()).isEqualTo(ParameterKind.TEXT);
    assertThat(ParameterValue.ofDate(LocalDate.of(2027, 1, 1)).kind())
        .isEqualTo(ParameterKind.DATE);
    assertThat(ParameterValue.ofChoice("a").kind()).isEqualTo(ParameterKind.CHOICE);
    assertThat(ParameterValue.ofChoices(List.of("a")).kind()).isEqualTo(ParameterKind.CHOICES);
    assertThat(ParameterValue.ofTexts(List.of("a")).kind()).isEqualTo(ParameterKind.TEXTS);
  }
}
