package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class EditorialStaffTest {
  @Test
  void the_area_is_in_the_audiences_chapter_with_its_options_in_order() {
    assertThat(EditorialStaff.ID).isEqualTo("editorial-staff");
    assertThat(EditorialStaff.AREA.id()).isEqualTo("editorial-staff");
    assertThat(EditorialStaff.AREA.options())
        .containsExactly(EditorialStaff.IMPARTIAL, EditorialStaff.NOT_ADDRESSED);
    assertThat(EditorialStaff.AREA.options())
        .extracting(Option::id)
        .containsExactly("impartial", "not-addressed");
    assertThat(StandardCatalogue.catalogue().area("editorial-staff"))
        .containsSame(EditorialStaff.AREA);
    assertThat(StandardCatalogue.catalogue().chapterOf("editorial-staff"))
        .map(chapter -> chapter.id())
        .contains("audiences");
  }

  @Test
  void impartial_decides_impartial_with_no_values() {
    Decision decision = EditorialStaff.impartial();
    assertThat(decision).isEqualTo(Decision.of(EditorialStaff.IMPARTIAL));
    assertThat(decision.area()).isEqualTo("editorial-staff");
    assertThat(decision.option().id()).isEqualTo("impartial");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_addressed_decides_not_addressed_with_no_values() {
    Decision decision = EditorialStaff.notAddressed();
    assertThat(decision).isEqualTo(Decision.of(EditorialStaff.NOT_ADDRESSED));
    assertThat(decision.area()).isEqualTo("editorial-staff");
    assertThat(decision.option().id()).isEqualTo("not-addressed");
    assertThat(decision.values()).isEmpty();
  }
}
