package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class RoleRepresentationTest {
  @Test
  void the_area_is_role_representation_with_its_options_in_order() {
    assertThat(RoleRepresentation.ID).isEqualTo("role-representation");
    assertThat(RoleRepresentation.AREA.id()).isEqualTo("role-representation");
    assertThat(RoleRepresentation.AREA.options())
        .containsExactly(RoleRepresentation.NO_MISREPRESENTATION, RoleRepresentation.NOT_ADDRESSED);
    assertThat(RoleRepresentation.AREA.options())
        .extracting(Option::id)
        .containsExactly("no-misrepresentation", "not-addressed");
    assertThat(StandardCatalogue.catalogue().area("role-representation"))
        .containsSame(RoleRepresentation.AREA);
    assertThat(StandardCatalogue.catalogue().chapterOf("role-representation"))
        .map(chapter -> chapter.id())
        .contains("conduct");
  }

  @Test
  void no_misrepresentation_decides_no_misrepresentation_with_no_values() {
    Decision decision = RoleRepresentation.noMisrepresentation();
    assertThat(decision).isEqualTo(Decision.of(RoleRepresentation.NO_MISREPRESENTATION));
    assertThat(decision.area()).isEqualTo("role-representation");
    assertThat(decision.option().id()).isEqualTo("no-misrepresentation");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_addressed_decides_not_addressed_with_no_values() {
    Decision decision = RoleRepresentation.notAddressed();
    assertThat(decision).isEqualTo(Decision.of(RoleRepresentation.NOT_ADDRESSED));
    assertThat(decision.area()).isEqualTo("role-representation");
    assertThat(decision.option().id()).isEqualTo("not-addressed");
    assertThat(decision.values()).isEmpty();
  }
}
