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
    assertThat(Language.NORWEGIAN.locale().getLanguage()).isEqualTo("nb");
  }
}
