package dev.guidepost.policy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CountryTest {
  @Test
  void accepts_an_assigned_code() {
    assertThat(Country.of("DK")).isEqualTo(Country.DK);
    assertThat(Country.of("FR").code()).isEqualTo("FR");
    assertThat(Country.of("GB")).isEqualTo(Country.GB);
  }

  @Test
  void rejects_an_unassigned_code() {
    assertThatThrownBy(() -> Country.of("XX"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'XX'");
  }

  @Test
  void rejects_a_lower_case_code() {
    assertThatThrownBy(() -> Country.of("dk"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'dk'");
  }

  @Test
  void rejects_an_empty_or_malformed_code() {
    for (String code : new String[] {"", "D", "DNK", " DK", "D1", "UK"}) {
      assertThatThrownBy(() -> Country.of(code))
          .as(code)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("ISO 3166-1 alpha-2");
    }
  }

  @Test
  void tells_whether_a_code_is_assigned() {
    assertThat(Country.isAssigned("NL")).isTrue();
    assertThat(Country.isAssigned("US")).isTrue();
    assertThat(Country.isAssigned("XX")).isFalse();
    assertThat(Country.isAssigned("nl")).isFalse();
    assertThat(Country.isAssigned("")).isFalse();
  }

  @Test
  void the_constants_carry_their_codes() {
    assertThat(
            new Country[] {
              Country.DK, Country.SE, Country.NO, Country.NL, Country.DE, Country.GB, Country.US
            })
        .extracting(Country::code)
        .containsExactly("DK", "SE", "NO", "NL", "DE", "GB", "US");
  }

  @Test
  void countries_with_the_same_code_are_equal() {
    assertThat(Country.of("SE")).isEqualTo(Country.SE);
    assertThat(Country.of("SE")).hasSameHashCodeAs(Country.SE);
    assertThat(Country.SE).isNotEqualTo(Country.NO);
    assertThat(Country.SE).isNotEqualTo("SE");
  }

  @Test
  void countries_compare_and_print_by_code() {
    assertThat(Country.DE).isLessThan(Country.DK);
    assertThat(Country.US).isGreaterThan(Country.GB);
    assertThat(Country.NL).hasToString("NL");
  }
}
