package dev.guidepost.policy.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.message.Labels;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterKind;
import dev.guidepost.policy.model.ParameterValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FactTest {
  private static final Fact ADVOCACY = Fact.of(Fact.Kind.DECISION, "advocacy", "encouraged");
  private static final Fact MINUTES = Fact.parameter("working-hours", "minutesPerDay", "900");
  private static final Fact COUNTRY = Fact.of(Fact.Kind.COUNTRY, "country", "US");
  private static final Fact NOT_ADDRESSED =
      Fact.of(Fact.Kind.NOT_ADDRESSED, "working-hours", "not-addressed");
  private static final Fact SECTOR = Fact.of(Fact.Kind.SECTOR, "sector", "public-sector");
  private static final Fact REPRESENTATION =
      Fact.of(Fact.Kind.EMPLOYEE_REPRESENTATION, "employee-representation", "works-council");

  static List<Language> languages() {
    return Language.standard();
  }

  static List<Fact> facts() {
    return List.of(ADVOCACY, MINUTES, COUNTRY, NOT_ADDRESSED, SECTOR, REPRESENTATION);
  }

  @Test
  void to_string_is_the_stable_language_neutral_form() {
    assertThat(ADVOCACY).hasToString("advocacy = encouraged");
    assertThat(MINUTES).hasToString("working-hours.minutesPerDay = 900");
    assertThat(COUNTRY).hasToString("country = US");
    assertThat(NOT_ADDRESSED).hasToString("working-hours = not-addressed");
    assertThat(SECTOR).hasToString("sector = public-sector");
    assertThat(REPRESENTATION).hasToString("employee-representation = works-council");
  }

  @Test
  void only_a_parameter_fact_has_a_parameter() {
    assertThat(MINUTES.kind()).isEqualTo(Fact.Kind.PARAMETER);
    assertThat(MINUTES.subject()).isEqualTo("working-hours");
    assertThat(MINUTES.parameter()).contains("minutesPerDay");
    assertThat(MINUTES.value()).isEqualTo("900");
    assertThat(ADVOCACY.parameter()).isEmpty();
    assertThat(COUNTRY.parameter()).isEmpty();
  }

  @Test
  void facts_with_the_same_values_are_equal() {
    assertThat(Fact.of(Fact.Kind.DECISION, "advocacy", "encouraged"))
        .isEqualTo(ADVOCACY)
        .hasSameHashCodeAs(ADVOCACY)
        .isNotEqualTo(Fact.of(Fact.Kind.NOT_ADDRESSED, "advocacy", "encouraged"));
    assertThat(Fact.parameter("working-hours", "minutesPerDay", "900")).isEqualTo(MINUTES);
  }

  @ParameterizedTest
  @MethodSource("languages")
  void every_fact_formats_without_placeholders(Language language) {
    for (Fact fact : facts()) {
      assertThat(fact.message().format(language)).as("%s", fact).isNotBlank().doesNotContain("{");
    }
  }

  @ParameterizedTest
  @MethodSource("languages")
  void a_decision_shows_the_translated_area_and_option(Language language) {
    assertThat(ADVOCACY.message().format(language))
        .isEqualTo(
            Labels.area("advocacy").format(language)
                + ": "
                + Labels.option("advocacy", "encouraged").format(language));
  }

  @ParameterizedTest
  @MethodSource("languages")
  void a_parameter_shows_the_translated_area_and_parameter_and_the_value(Language language) {
    assertThat(MINUTES.message().format(language))
        .isEqualTo(
            Labels.area("working-hours").format(language)
                + parameterSeparator(language)
                + Labels.parameter("minutesPerDay").format(language)
                + ": 900");
  }

  /** Danish writes an area's parameter after a dash, the other languages after a comma. */
  private static String parameterSeparator(Language language) {
    return language.equals(Language.DANISH) ? " – " : ", ";
  }

  @Test
  void formats_each_kind_in_english_and_danish() {
    assertThat(ADVOCACY.message().format(Language.ENGLISH))
        .isEqualTo("Sharing our content: Encouraged");
    assertThat(ADVOCACY.message().format(Language.DANISH))
        .isEqualTo("Deling af vores indhold: Opfordres");
    assertThat(MINUTES.message().format(Language.ENGLISH))
        .isEqualTo("Social media during working hours, Minutes per day: 900");
    assertThat(NOT_ADDRESSED.message().format(Language.ENGLISH))
        .isEqualTo("Social media during working hours: not addressed");
    assertThat(NOT_ADDRESSED.message().format(Language.DANISH))
        .isEqualTo("Sociale medier i arbejdstiden: ikke taget stilling til");
    assertThat(COUNTRY.message().format(Language.ENGLISH)).isEqualTo("Country: United States");
    assertThat(COUNTRY.message().format(Language.SWEDISH)).isEqualTo("Land: USA");
    assertThat(Fact.of(Fact.Kind.COUNTRY, "country", "NL").message().format(Language.DANISH))
        .isEqualTo("Land: Nederlandene");
    assertThat(SECTOR.message().format(Language.ENGLISH)).isEqualTo("Sector: Public sector");
    assertThat(REPRESENTATION.message().format(Language.ENGLISH))
        .isEqualTo("Employee representation: Works council");
  }

  @ParameterizedTest
  @MethodSource("languages")
  void an_unknown_custom_area_shows_its_id(Language language) {
    Fact decision = Fact.of(Fact.Kind.DECISION, "ai-tools", "allowed");
    Fact parameter = Fact.parameter("ai-tools", "maxPrompts", "5");

    assertThat(decision.message().format(language)).isEqualTo("ai-tools: allowed");
    assertThat(parameter.message().format(language))
        .isEqualTo("ai-tools" + parameterSeparator(language) + "maxPrompts: 5");
    assertThat(
            Fact.of(Fact.Kind.NOT_ADDRESSED, "ai-tools", "not-addressed")
                .message()
                .format(language))
        .startsWith("ai-tools: ")
        .doesNotContain("{");
  }

  @ParameterizedTest
  @MethodSource("languages")
  void a_missing_parameter_value_is_shown_in_the_language(Language language) {
    Fact missing = Fact.parameter("advocacy", "shareable", "missing");

    if (!language.equals(Language.ENGLISH)) {
      assertThat(missing.message().format(language)).doesNotContain("missing");
    }
  }

  @Test
  void a_value_of_a_known_parameter_is_shown_as_its_kind_is_written() {
    Parameter shareable = Parameter.choices("shareable", List.of("news", "job-postings"), false);
    Fact choices =
        Fact.parameter(
            "advocacy", shareable, ParameterValue.ofChoices(List.of("news", "job-postings")));
    Fact flag =
        Fact.parameter(
            "advocacy",
            Parameter.of("disclose", ParameterKind.BOOLEAN, false),
            ParameterValue.ofBoolean(true));

    assertThat(choices)
        .isEqualTo(Fact.parameter("advocacy", "shareable", "[news, job-postings]"))
        .hasToString("advocacy.shareable = [news, job-postings]");
    assertThat(choices.message().format(Language.DANISH)).endsWith(": nyheder, jobopslag");
    assertThat(flag.message().format(Language.NORWEGIAN)).endsWith(": ja");
    assertThat(flag.message().format(Language.ENGLISH)).endsWith(": yes");
  }
}
