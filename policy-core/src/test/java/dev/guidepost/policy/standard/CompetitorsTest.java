package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class CompetitorsTest {
  @Test
  void the_area_is_competitors_with_its_options_in_order() {
    assertThat(Competitors.ID).isEqualTo("competitors");
    assertThat(Competitors.AREA.id()).isEqualTo("competitors");
    assertThat(Competitors.AREA.options())
        .containsExactly(
            Competitors.NO_ENGAGEMENT, Competitors.FACTUAL_AND_COURTEOUS, Competitors.UNRESTRICTED);
    assertThat(Competitors.AREA.options())
        .extracting(Option::id)
        .containsExactly("no-engagement", "factual-and-courteous", "unrestricted");
    assertThat(StandardCatalogue.catalogue().area("competitors")).containsSame(Competitors.AREA);
  }

  @Test
  void no_engagement_decides_no_engagement_with_no_values() {
    Decision decision = Competitors.noEngagement();
    assertThat(decision).isEqualTo(Decision.of(Competitors.NO_ENGAGEMENT));
    assertThat(decision.area()).isEqualTo("competitors");
    assertThat(decision.option().id()).isEqualTo("no-engagement");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void factual_and_courteous_decides_factual_and_courteous_with_no_values() {
    Decision decision = Competitors.factualAndCourteous();
    assertThat(decision).isEqualTo(Decision.of(Competitors.FACTUAL_AND_COURTEOUS));
    assertThat(decision.area()).isEqualTo("competitors");
    assertThat(decision.option().id()).isEqualTo("factual-and-courteous");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void unrestricted_decides_unrestricted_with_no_values() {
    Decision decision = Competitors.unrestricted();
    assertThat(decision).isEqualTo(Decision.of(Competitors.UNRESTRICTED));
    assertThat(decision.area()).isEqualTo("competitors");
    assertThat(decision.option().id()).isEqualTo("unrestricted");
    assertThat(decision.values()).isEmpty();
  }
}
