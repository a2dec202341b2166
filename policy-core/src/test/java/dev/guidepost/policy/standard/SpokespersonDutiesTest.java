package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class SpokespersonDutiesTest {
  @Test
  void the_area_is_in_the_audiences_chapter_with_its_options_in_order() {
    assertThat(SpokespersonDuties.ID).isEqualTo("spokesperson-duties");
    assertThat(SpokespersonDuties.AREA.id()).isEqualTo("spokesperson-duties");
    assertThat(SpokespersonDuties.AREA.options())
        .containsExactly(
            SpokespersonDuties.REPRESENT_THE_ORGANISATION, SpokespersonDuties.NOT_ADDRESSED);
    assertThat(SpokespersonDuties.AREA.options())
        .extracting(Option::id)
        .containsExactly("represent-the-organisation", "not-addressed");
    assertThat(StandardCatalogue.catalogue().area("spokesperson-duties"))
        .containsSame(SpokespersonDuties.AREA);
    assertThat(StandardCatalogue.catalogue().chapterOf("spokesperson-duties"))
        .map(chapter -> chapter.id())
        .contains("audiences");
  }

  @Test
  void represent_the_organisation_decides_represent_the_organisation_with_no_values() {
    Decision decision = SpokespersonDuties.representTheOrganisation();
    assertThat(decision).isEqualTo(Decision.of(SpokespersonDuties.REPRESENT_THE_ORGANISATION));
    assertThat(decision.area()).isEqualTo("spokesperson-duties");
    assertThat(decision.option().id()).isEqualTo("represent-the-organisation");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_addressed_decides_not_addressed_with_no_values() {
    Decision decision = SpokespersonDuties.notAddressed();
    assertThat(decision).isEqualTo(Decision.of(SpokespersonDuties.NOT_ADDRESSED));
    assertThat(decision.area()).isEqualTo("spokesperson-duties");
    assertThat(decision.option().id()).isEqualTo("not-addressed");
    assertThat(decision.values()).isEmpty();
  }
}
