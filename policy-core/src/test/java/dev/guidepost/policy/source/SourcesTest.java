package dev.guidepost.policy.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Language;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourcesTest {
  private static final Source BETRVG = Source.law(Jurisdiction.of(Country.DE), "BetrVG", "§ 87");
  private static final Source MBL =
      Source.law(Jurisdiction.of(Country.SE), "MBL", "11 §").underReview();

  @Test
  void sources_are_shown_one_after_another_with_the_day_of_the_last_review() {
    Sources sources =
        Sources.of(BETRVG, MBL, Source.commonPractice()).reviewed(LocalDate.of(2026, 12, 4));

    assertThat(sources.all()).containsExactly(BETRVG, MBL, Source.commonPractice());
    assertThat(sources.reviewed()).contains(LocalDate.of(2026, 12, 4));
    assertThat(sources.message().format(Language.DANISH))
        .isEqualTo(
            "§ 87 BetrVG (Tyskland); 11 § MBL (Sverige, forventes ændret); almindelig praksis."
                + " Senest gennemgået den 4. december 2026");
    assertThat(sources.message().format(Language.ENGLISH))
        .endsWith("common practice. Last reviewed on 4 December 2026");
  }

  @Test
  void one_source_without_a_review_is_shown_alone() {
    Sources sources = Sources.of(List.of(BETRVG));

    assertThat(sources.reviewed()).isEmpty();
    assertThat(sources.underReview()).isFalse();
    assertThat(sources.message().format(Language.ENGLISH)).isEqualTo("§ 87 BetrVG (Germany)");
  }

  @Test
  void sources_under_review_say_so() {
    assertThat(Sources.of(BETRVG, MBL).underReview()).isTrue();
    assertThat(Sources.of(MBL).underReview()).isTrue();
  }

  @Test
  void a_rule_rests_on_at_least_one_source() {
    assertThatThrownBy(() -> Sources.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a rule rests on at least one source");
  }

  @Test
  void sources_are_equal_by_value() {
    Sources one = Sources.of(BETRVG, MBL).reviewed(LocalDate.of(2026, 12, 4));

    assertThat(one)
        .isEqualTo(Sources.of(List.of(BETRVG, MBL)).reviewed(LocalDate.of(2026, 12, 4)))
        .hasSameHashCodeAs(Sources.of(List.of(BETRVG, MBL)).reviewed(LocalDate.of(2026, 12, 4)))
        .isNotEqualTo(Sources.of(BETRVG, MBL))
        .isNotEqualTo(Sources.of(MBL, BETRVG).reviewed(LocalDate.of(2026, 12, 4)));
    assertThat(one).isNotEqualTo(one.toString());
    assertThat(one.hashCode()).isNotEqualTo(Sources.of(BETRVG, MBL).hashCode());
    assertThat(Sources.of(BETRVG).toString()).isEqualTo("[DE § 87 BetrVG]");
    assertThat(one.toString()).endsWith(" reviewed 2026-12-04");
  }
}
