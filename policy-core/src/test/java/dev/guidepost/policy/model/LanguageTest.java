package dev.guidepost.policy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {
  @Test
  void the_standard_languages_are_the_five_in_their_defined_order() {
    assertThat(Language.standard())
        .containsExactly(
            Language.ENGLISH,
            Language.DANISH,
            Language.SWEDISH,
            Language.NORWEGIAN,
            Language.DUTCH);
    assertThat(Language.standard())
        .extracting(Language::code)
        .containsExactly("en", "da", "sv", "nb", "nl");
  }

  @Test
  void of_returns_the_constant_for_a_standard_code() {
    assertThat(Language.of("da")).isSameAs(Language.DANISH);
    assertThat(Language.of("nb")).isSameAs(Language.NORWEGIAN);
  }

  @Test
  void accepts_a_custom_code_of_two_or_three_lower_case_letters() {
    assertThat(Language.of("fi").code()).isEqualTo("fi");
    assertThat(Language.of("sme").code()).isEqualTo("sme");
  }

  @Test
  void rejects_an_upper_case_code() {
    assertThatThrownBy(() -> Language.of("EN"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'EN'");
  }

  @Test
  void rejects_an_empty_or_malformed_code() {
    for (String code : new String[] {"", "e", "engl", "e1", "en-GB", " da"}) {
      assertThatThrownBy(() -> Language.of(code))
          .as(code)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + code + "'");
    }
  }

  @Test
  void languages_with_the_same_code_are_equal() {
    assertThat(Language.of("fi")).isEqualTo(Language.of("fi"));
    assertThat(Language.of("fi")).hasSameHashCodeAs(Language.of("fi"));
    assertThat(Language.of("fi")).isNotEqualTo(Language.of("sv"));
    assertThat(Language.of("en")).isEqualTo(Language.ENGLISH);
    assertThat(Language.ENGLISH).isNotEqualTo("en").isNotEqualTo(Locale.ENGLISH);
  }

  @Test
  void languages_compare_and_print_by_code() {
    assertThat(Language.DANISH).isLessThan(Language.ENGLISH);
    assertThat(Language.SWEDISH).isGreaterThan(Language.NORWEGIAN);
    assertThat(Language.DUTCH).hasToString("nl");
  }

  @Test
  void the_locale_is_that_of_the_code() {
    assertThat(Language.DANISH.locale()).isEqualTo(Locale.forLanguageTag("da"));
    assertThat(Language.ENGLISH.locale()).isEqualTo(Locale.UK);
    assertThat(Language.of("fi").locale()).isEqualTo(Locale.forLanguageTag("fi"));
    assertThat(Language.NORWEGIAN.locale().getLanguage()).isEqualTo("nb");
  }

  @Test
  void a_country_prevails_in_its_own_language_and_elsewhere_in_english() {
    assertThat(Language.officialIn(Country.DK)).isEqualTo(Language.DANISH);
    assertThat(Language.officialIn(Country.SE)).isEqualTo(Language.SWEDISH);
    assertThat(Language.officialIn(Country.NO)).isEqualTo(Language.NORWEGIAN);
    assertThat(Language.officialIn(Country.NL)).isEqualTo(Language.DUTCH);
    assertThat(Language.officialIn(Country.DE)).isEqualTo(Language.ENGLISH);
    assertThat(Language.officialIn(Country.US)).isEqualTo(Language.ENGLISH);
    assertThat(Language.standardFor(Country.NO))
        .containsExactly(
            Language.NORWEGIAN,
            Language.ENGLISH,
            Language.DANISH,
            Language.SWEDISH,
            Language.DUTCH);
    assertThat(Language.standardFor(Country.GB)).isEqualTo(Language.standard());
  }

  @Test
  void a_locale_names_its_language_with_norwegian_taken_as_bokmal() {
    assertThat(Language.of(Locale.forLanguageTag("da-DK"))).isEqualTo(Language.DANISH);
    assertThat(Language.of(Locale.forLanguageTag("nn-NO"))).isEqualTo(Language.NORWEGIAN);
    assertThat(Language.of(Locale.forLanguageTag("no"))).isEqualTo(Language.NORWEGIAN);
    assertThat(Language.of(Locale.FRENCH)).isEqualTo(Language.of("fr"));
    assertThatThrownBy(() -> Language.of(Locale.ROOT)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_best_match_of_a_tag_is_a_standard_language_or_none() {
    assertThat(Language.bestMatch("da-DK")).contains(Language.DANISH);
    assertThat(Language.bestMatch("DA")).contains(Language.DANISH);
    assertThat(Language.bestMatch(" en_GB ")).contains(Language.ENGLISH);
    assertThat(Language.bestMatch("no")).contains(Language.NORWEGIAN);
    assertThat(Language.bestMatch("nn")).contains(Language.NORWEGIAN);
    assertThat(Language.bestMatch("nl-BE")).contains(Language.DUTCH);
    assertThat(Language.bestMatch("sv")).contains(Language.SWEDISH);
    assertThat(Language.bestMatch("fr-FR")).isEmpty();
    assertThat(Language.bestMatch("")).isEmpty();
    assertThat(Language.bestMatch("*")).isEmpty();
  }
}
