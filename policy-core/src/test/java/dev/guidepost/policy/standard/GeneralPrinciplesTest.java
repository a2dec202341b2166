package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class GeneralPrinciplesTest {
  @Test
  void the_area_is_general_principles_with_its_options_in_order() {
    assertThat(GeneralPrinciples.ID).isEqualTo("general-principles");
    assertThat(GeneralPrinciples.AREA.id()).isEqualTo("general-principles");
    assertThat(GeneralPrinciples.AREA.options())
        .containsExactly(GeneralPrinciples.INCLUDED, GeneralPrinciples.NOT_INCLUDED);
    assertThat(GeneralPrinciples.AREA.options())
        .extracting(Option::id)
        .containsExactly("included", "not-included");
    assertThat(StandardCatalogue.catalogue().area("general-principles"))
        .containsSame(GeneralPrinciples.AREA);
  }

  @Test
  void included_decides_included_with_no_values() {
    Decision decision = GeneralPrinciples.included();
    assertThat(decision).isEqualTo(Decision.of(GeneralPrinciples.INCLUDED));
    assertThat(decision.area()).isEqualTo("general-principles");
    assertThat(decision.option().id()).isEqualTo("included");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_included_decides_not_included_with_no_values() {
    Decision decision = GeneralPrinciples.notIncluded();
    assertThat(decision).isEqualTo(Decision.of(GeneralPrinciples.NOT_INCLUDED));
    assertThat(decision.area()).isEqualTo("general-principles");
    assertThat(decision.option().id()).isEqualTo("not-included");
    assertThat(decision.values()).isEmpty();
  }
}
