package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class CorrectionsTest {
  @Test
  void the_area_is_corrections_with_its_options_in_order() {
    assertThat(Corrections.ID).isEqualTo("corrections");
    assertThat(Corrections.AREA.id()).isEqualTo("corrections");
    assertThat(Corrections.AREA.options())
        .containsExactly(Corrections.CORRECT_OPENLY, Corrections.NOT_ADDRESSED);
    assertThat(Corrections.AREA.options())
        .extracting(Option::id)
        .containsExactly("correct-openly", "not-addressed");
    assertThat(StandardCatalogue.catalogue().area("corrections")).containsSame(Corrections.AREA);
  }

  @Test
  void correct_openly_decides_correct_openly_with_no_values() {
    Decision decision = Corrections.correctOpenly();
    assertThat(decision).isEqualTo(Decision.of(Corrections.CORRECT_OPENLY));
    assertThat(decision.area()).isEqualTo("corrections");
    assertThat(decision.option().id()).isEqualTo("correct-openly");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_addressed_decides_not_addressed_with_no_values() {
    Decision decision = Corrections.notAddressed();
    assertThat(decision).isEqualTo(Decision.of(Corrections.NOT_ADDRESSED));
    assertThat(decision.area()).isEqualTo("corrections");
    assertThat(decision.option().id()).isEqualTo("not-addressed");
    assertThat(decision.values()).isEmpty();
  }
}
