package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class HarassmentAndDiscriminationTest {
  @Test
  void the_area_is_harassment_and_discrimination_with_its_options_in_order() {
    assertThat(HarassmentAndDiscrimination.ID).isEqualTo("harassment-and-discrimination");
    assertThat(HarassmentAndDiscrimination.AREA.id()).isEqualTo("harassment-and-discrimination");
    assertThat(HarassmentAndDiscrimination.AREA.options())
        .containsExactly(
            HarassmentAndDiscrimination.PROHIBITED, HarassmentAndDiscrimination.NOT_ADDRESSED);
    assertThat(HarassmentAndDiscrimination.AREA.options())
        .extracting(Option::id)
        .containsExactly("prohibited", "not-addressed");
    assertThat(StandardCatalogue.catalogue().area("harassment-and-discrimination"))
        .containsSame(HarassmentAndDiscrimination.AREA);
    assertThat(StandardCatalogue.catalogue().chapterOf("harassment-and-discrimination"))
        .map(chapter -> chapter.id())
        .contains("conduct");
  }

  @Test
  void prohibited_decides_prohibited_with_no_values() {
    Decision decision = HarassmentAndDiscrimination.prohibited();
    assertThat(decision).isEqualTo(Decision.of(HarassmentAndDiscrimination.PROHIBITED));
    assertThat(decision.area()).isEqualTo("harassment-and-discrimination");
    assertThat(decision.option().id()).isEqualTo("prohibited");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_addressed_decides_not_addressed_with_no_values() {
    Decision decision = HarassmentAndDiscrimination.notAddressed();
    assertThat(decision).isEqualTo(Decision.of(HarassmentAndDiscrimination.NOT_ADDRESSED));
    assertThat(decision.area()).isEqualTo("harassment-and-discrimination");
    assertThat(decision.option().id()).isEqualTo("not-addressed");
    assertThat(decision.values()).isEmpty();
  }
}
