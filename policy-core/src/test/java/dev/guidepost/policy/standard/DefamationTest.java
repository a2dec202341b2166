package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class DefamationTest {
  @Test
  void the_area_is_defamation_with_its_options_in_order() {
    assertThat(Defamation.ID).isEqualTo("defamation");
    assertThat(Defamation.AREA.id()).isEqualTo("defamation");
    assertThat(Defamation.AREA.options())
        .containsExactly(
            Defamation.FALSE_AND_DAMAGING,
            Defamation.DAMAGING_TO_REPUTATION,
            Defamation.NOT_ADDRESSED);
    assertThat(Defamation.AREA.options())
        .extracting(Option::id)
        .containsExactly("false-and-damaging", "damaging-to-reputation", "not-addressed");
    assertThat(StandardCatalogue.catalogue().area("defamation")).containsSame(Defamation.AREA);
    assertThat(StandardCatalogue.catalogue().chapterOf("defamation"))
        .map(chapter -> chapter.id())
        .contains("conduct");
  }

  @Test
  void false_and_damaging_decides_false_and_damaging_with_no_values() {
    Decision decision = Defamation.falseAndDamaging();
    assertThat(decision).isEqualTo(Decision.of(Defamation.FALSE_AND_DAMAGING));
    assertThat(decision.area()).isEqualTo("defamation");
    assertThat(decision.option().id()).isEqualTo("false-and-damaging");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void damaging_to_reputation_decides_damaging_to_reputation_with_no_values() {
    Decision decision = Defamation.damagingToReputation();
    assertThat(decision).isEqualTo(Decision.of(Defamation.DAMAGING_TO_REPUTATION));
    assertThat(decision.area()).isEqualTo("defamation");
    assertThat(decision.option().id()).isEqualTo("damaging-to-reputation");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_addressed_decides_not_addressed_with_no_values() {
    Decision decision = Defamation.notAddressed();
    assertThat(decision).isEqualTo(Decision.of(Defamation.NOT_ADDRESSED));
    assertThat(decision.area()).isEqualTo("defamation");
    assertThat(decision.option().id()).isEqualTo("not-addressed");
    assertThat(decision.values()).isEmpty();
  }
}
