package dev.guidepost.policy.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Language;
import org.junit.jupiter.api.Test;

class LabelsTest {
  @Test
  void an_area_of_the_catalogue_is_a_keyed_message() {
    assertThat(Labels.area("working-hours")).isEqualTo(Message.of("area.working-hours"));
    assertThat(Labels.area("working-hours").format(Language.ENGLISH))
        .isEqualTo("Social media during working hours");
    assertThat(Labels.area("working-hours").format(Language.SWEDISH))
        .isEqualTo("Sociala medier under arbetstid");
  }

  @Test
  void an_option_is_named_within_its_area() {
    assertThat(Labels.option("working-hours", "prohibited"))
        .isEqualTo(Message.of("option.working-hours.prohibited"));
    assertThat(Labels.option("working-hours", "prohibited").format(Language.ENGLISH))
        .isEqualTo("Not allowed");
    assertThat(Labels.option("advocacy", "encouraged").format(Language.NORWEGIAN))
        .isEqualTo("Oppmuntres");
  }

  @Test
  void a_parameter_is_a_keyed_message() {
    assertThat(Labels.parameter("minutesPerDay")).isEqualTo(Message.of("parameter.minutesPerDay"));
    assertThat(Labels.parameter("minutesPerDay").format(Language.DUTCH))
        .isEqualTo("Minuten per dag");
  }

  @Test
  void unknown_ids_are_literals() {
    assertThat(Labels.area("ai-tools")).isEqualTo(Message.literal("ai-tools"));
    assertThat(Labels.option("ai-tools", "allowed")).isEqualTo(Message.literal("allowed"));
    assertThat(Labels.parameter("maxPrompts")).isEqualTo(Message.literal("maxPrompts"));
    for (Language language : Language.standard()) {
      assertThat(Labels.area("ai-tools").format(language)).isEqualTo("ai-tools");
      assertThat(Labels.option("ai-tools", "allowed").format(language)).isEqualTo("allowed");
    }
  }

  @Test
  void an_unknown_option_of_a_known_area_is_a_literal() {
    assertThat(Labels.option("working-hours", "four-day-week"))
        .isEqualTo(Message.literal("four-day-week"));
  }

  @Test
  void an_option_id_is_not_looked_up_under_another_area() {
    assertThat(Labels.option("advocacy", "prohibited")).isEqualTo(Message.literal("prohibited"));
  }

  @Test
  void every_label_formats_without_placeholders_in_every_language() {
    for (Language language : Language.standard()) {
      assertThat(Labels.area("advocacy").format(language)).isNotBlank().doesNotContain("{");
      assertThat(Labels.option("advocacy", "encouraged").format(language))
          .isNotBlank()
          .doesNotContain("{");
      assertThat(Labels.parameter("shareable").format(language)).isNotBlank().doesNotContain("{");
    }
  }
}
