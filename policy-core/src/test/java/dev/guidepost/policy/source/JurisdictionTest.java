package dev.guidepost.policy.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Language;
import org.junit.jupiter.api.Test;

class JurisdictionTest {
  @Test
  void each_jurisdiction_cites_pinpoint_and_instrument_in_its_own_order() {
    assertThat(Jurisdiction.of(Country.DE).cite("BetrVG", "§ 87 Abs. 1 Nr. 6"))
        .isEqualTo("§ 87 Abs. 1 Nr. 6 BetrVG");
    assertThat(Jurisdiction.of(Country.SE).cite("MBL", "11 §")).isEqualTo("11 § MBL");
    assertThat(Jurisdiction.of(Country.NL).cite("WOR", "artikel 27 lid 1"))
        .isEqualTo("artikel 27 lid 1 WOR");
    assertThat(Jurisdiction.of(Country.DK).cite("markedsføringsloven", "§ 6, stk. 4"))
        .isEqualTo("§ 6, stk. 4, i markedsføringsloven");
    assertThat(Jurisdiction.of(Country.DK).cite("lov nr. 1436 af 29. juni 2021", "§ 8"))
        .isEqualTo("§ 8 i lov nr. 1436 af 29. juni 2021");
    assertThat(Jurisdiction.of(Country.NO).cite("arbeidsmiljøloven", "§ 2 A-1"))
        .isEqualTo("arbeidsmiljøloven § 2 A-1");
    assertThat(Jurisdiction.of(Country.GB).cite("Employment Rights Act 1996", "s. 43J(1)"))
        .isEqualTo("Employment Rights Act 1996, s. 43J(1)");
    assertThat(Jurisdiction.EU.cite("Directive (EU) 2019/1937", "art. 24"))
        .isEqualTo("Directive (EU) 2019/1937, art. 24");
    assertThat(Jurisdiction.of(Country.US).cite("29 U.S.C.", "§ 157")).isEqualTo("29 U.S.C. § 157");
  }

  @Test
  void a_whole_instrument_is_cited_by_its_name_alone() {
    assertThat(Jurisdiction.of(Country.DE).cite("HinSchG", "")).isEqualTo("HinSchG");
    assertThat(Jurisdiction.of(Country.DK).cite("markedsføringsloven", ""))
        .isEqualTo("markedsføringsloven");
  }

  @Test
  void a_jurisdiction_is_named_in_the_reader_s_language_and_equal_by_code() {
    assertThat(Jurisdiction.of(Country.DE).label().format(Language.DANISH)).isEqualTo("Tyskland");
    assertThat(Jurisdiction.EU.label().format(Language.DUTCH)).isEqualTo("EU");
    assertThat(Jurisdiction.of(Country.DE))
        .isEqualTo(Jurisdiction.of(Country.of("DE")))
        .hasSameHashCodeAs(Jurisdiction.of(Country.DE))
        .isNotEqualTo(Jurisdiction.EU)
        .hasToString("DE");
    assertThat(Jurisdiction.EU.code()).isEqualTo("EU");
  }
}
