package dev.guidepost.policy.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterKind;
import dev.guidepost.policy.model.ParameterValue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsTest {
  @Test
  void an_area_of_the_catalogue_is_a_label_falling_back_to_its_id() {
    assertThat(Labels.area("working-hours"))
        .isEqualTo(Message.label("area.working-hours", "working-hours"));
    assertThat(Labels.area("working-hours").format(Language.ENGLISH))
        .isEqualTo("Social media during working hours");
    assertThat(Labels.area("working-hours").format(Language.SWEDISH))
        .isEqualTo("Sociala medier under arbetstid");
  }

  @Test
  void an_option_is_named_within_its_area() {
    assertThat(Labels.option("working-hours", "prohibited"))
        .isEqualTo(Message.label("option.working-hours.prohibited", "prohibited"));
    assertThat(Labels.option("working-hours", "prohibited").format(Language.ENGLISH))
        .isEqualTo("Not allowed");
    assertThat(Labels.option("advocacy", "encouraged").format(Language.NORWEGIAN))
        .isEqualTo("Oppfordres");
  }

  @Test
  void a_parameter_and_a_value_are_labels() {
    assertThat(Labels.parameter("minutesPerDay"))
        .isEqualTo(Message.label("parameter.minutesPerDay", "minutesPerDay"));
    assertThat(Labels.parameter("minutesPerDay").format(Language.DUTCH))
        .isEqualTo("Minuten per dag");
    assertThat(Labels.value("network", "linkedin").format(Language.DANISH)).isEqualTo("LinkedIn");
    assertThat(Labels.value("shareable", "news").format(Language.ENGLISH)).isEqualTo("news");
    assertThat(Labels.value("network", "mastodon").format(Language.ENGLISH)).isEqualTo("mastodon");
  }

  @Test
  void unknown_ids_are_shown_as_they_are_in_every_language() {
    for (Language language : Language.standard()) {
      assertThat(Labels.area("ai-tools").format(language)).isEqualTo("ai-tools");
      assertThat(Labels.option("ai-tools", "allowed").format(language)).isEqualTo("allowed");
      assertThat(Labels.parameter("maxPrompts").format(language)).isEqualTo("maxPrompts");
    }
  }

  @Test
  void an_unknown_option_of_a_known_area_is_shown_as_it_is() {
    assertThat(Labels.option("working-hours", "four-day-week").format(Language.DANISH))
        .isEqualTo("four-day-week");
  }

  @Test
  void an_option_id_is_not_looked_up_under_another_area() {
    assertThat(Labels.option("advocacy", "prohibited").format(Language.ENGLISH))
        .isEqualTo("prohibited");
  }

  @Test
  void texts_of_ones_own_name_ones_own_areas() {
    MessageBundle ours =
        MessageBundle.builder()
            .put(Language.ENGLISH, "area.ai-tools", "AI tools")
            .put(Language.DANISH, "area.ai-tools", "AI-værktøjer")
            .build();
    assertThat(ours.format(Labels.area("ai-tools"), Language.DANISH)).isEqualTo("AI-værktøjer");
    assertThat(ours.format(Labels.area("ai-tools"), Language.SWEDISH)).isEqualTo("AI tools");
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

  @Test
  void a_country_is_named_in_the_language_falling_back_to_its_code() {
    assertThat(Labels.country("DK").format(Language.DUTCH)).isEqualTo("Denemarken");
    assertThat(Labels.country("GB").format(Language.NORWEGIAN)).isEqualTo("Storbritannia");
    assertThat(Labels.country("FR").format(Language.SWEDISH)).isEqualTo("FR");
  }

  @Test
  void a_parameter_value_is_written_as_its_kind_is_written() {
    Parameter networks =
        Parameter.choices("networks", List.of("linkedin", "x"), true).withVocabulary("network");

    assertThat(
            Labels.value(networks, ParameterValue.ofChoices(List.of("linkedin", "x")))
                .format(Language.ENGLISH))
        .isEqualTo("LinkedIn, X");
    assertThat(
            Labels.value(
                    Parameter.choice("network", List.of("linkedin")),
                    ParameterValue.ofChoice("linkedin"))
                .format(Language.DANISH))
        .isEqualTo("LinkedIn");
    Parameter flag = Parameter.of("flag", ParameterKind.BOOLEAN, false);
    assertThat(Labels.value(flag, ParameterValue.ofBoolean(false)).format(Language.DUTCH))
        .isEqualTo("nee");
    assertThat(Labels.value(flag, ParameterValue.ofBoolean(true)).format(Language.SWEDISH))
        .isEqualTo("ja");
    Parameter date = Parameter.of("from", ParameterKind.DATE, false);
    assertThat(
            Labels.value(date, ParameterValue.ofDate(LocalDate.of(2027, 3, 1)))
                .format(Language.NORWEGIAN))
        .isEqualTo("1. mars 2027");
    Parameter minutes = Parameter.integer("minutes", 0, 600);
    assertThat(Labels.value(minutes, ParameterValue.ofInteger(30)).format(Language.DANISH))
        .isEqualTo("30");
    Parameter names = Parameter.of("names", ParameterKind.TEXTS, false);
    assertThat(
            Labels.value(names, ParameterValue.ofTexts(List.of("Ann", "Bo")))
                .format(Language.ENGLISH))
        .isEqualTo("Ann, Bo");
    Parameter text = Parameter.of("text", ParameterKind.TEXT, false);
    assertThat(Labels.value(text, ParameterValue.ofText("Acme")).format(Language.ENGLISH))
        .isEqualTo("Acme");
  }
}
