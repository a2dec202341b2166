package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class ConsequencesTest {
  @Test
  void the_area_is_consequences_with_its_options_in_order() {
    assertThat(Consequences.ID).isEqualTo("consequences");
    assertThat(Consequences.AREA.id()).isEqualTo("consequences");
    assertThat(Consequences.AREA.options())
        .containsExactly(
            Consequences.GRADUATED, Consequences.DISMISSAL_POSSIBLE, Consequences.UNSPECIFIED);
    assertThat(Consequences.AREA.options())
        .extracting(Option::id)
        .containsExactly("graduated", "dismissal-possible", "unspecified");
    assertThat(StandardCatalogue.catalogue().area("consequences")).containsSame(Consequences.AREA);
  }

  @Test
  void graduated_decides_graduated_with_no_values() {
    Decision decision = Consequences.graduated();
    assertThat(decision).isEqualTo(Decision.of(Consequences.GRADUATED));
    assertThat(decision.area()).isEqualTo("consequences");
    assertThat(decision.option().id()).isEqualTo("graduated");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void dismissal_possible_decides_dismissal_possible_with_no_values() {
    Decision decision = Consequences.dismissalPossible();
    assertThat(decision).isEqualTo(Decision.of(Consequences.DISMISSAL_POSSIBLE));
    assertThat(decision.area()).isEqualTo("consequences");
    assertThat(decision.option().id()).isEqualTo("dismissal-possible");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void unspecified_decides_unspecified_with_no_values() {
    Decision decision = Consequences.unspecified();
    assertThat(decision).isEqualTo(Decision.of(Consequences.UNSPECIFIED));
    assertThat(decision.area()).isEqualTo("consequences");
    assertThat(decision.option().id()).isEqualTo("unspecified");
    assertThat(decision.values()).isEmpty();
  }
}
