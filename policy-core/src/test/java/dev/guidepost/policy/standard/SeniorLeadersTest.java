package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class SeniorLeadersTest {
  @Test
  void the_area_is_in_the_audiences_chapter_with_its_options_in_order() {
    assertThat(SeniorLeaders.ID).isEqualTo("senior-leaders");
    assertThat(SeniorLeaders.AREA.id()).isEqualTo("senior-leaders");
    assertThat(SeniorLeaders.AREA.options())
        .containsExactly(SeniorLeaders.EXTRA_CARE, SeniorLeaders.NOT_ADDRESSED);
    assertThat(SeniorLeaders.AREA.options())
        .extracting(Option::id)
        .containsExactly("extra-care", "not-addressed");
    assertThat(StandardCatalogue.catalogue().area("senior-leaders"))
        .containsSame(SeniorLeaders.AREA);
    assertThat(StandardCatalogue.catalogue().chapterOf("senior-leaders"))
        .map(chapter -> chapter.id())
        .contains("audiences");
  }

  @Test
  void extra_care_decides_extra_care_with_no_values() {
    Decision decision = SeniorLeaders.extraCare();
    assertThat(decision).isEqualTo(Decision.of(SeniorLeaders.EXTRA_CARE));
    assertThat(decision.area()).isEqualTo("senior-leaders");
    assertThat(decision.option().id()).isEqualTo("extra-care");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_addressed_decides_not_addressed_with_no_values() {
    Decision decision = SeniorLeaders.notAddressed();
    assertThat(decision).isEqualTo(Decision.of(SeniorLeaders.NOT_ADDRESSED));
    assertThat(decision.area()).isEqualTo("senior-leaders");
    assertThat(decision.option().id()).isEqualTo("not-addressed");
    assertThat(decision.values()).isEmpty();
  }
}
