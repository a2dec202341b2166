package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class PoliticalActivityTest {
  @Test
  void the_area_is_political_activity_with_its_options_in_order() {
    assertThat(PoliticalActivity.ID).isEqualTo("political-activity");
    assertThat(PoliticalActivity.AREA.id()).isEqualTo("political-activity");
    assertThat(PoliticalActivity.AREA.options())
        .containsExactly(
            PoliticalActivity.PRIVATE_CAPACITY_ONLY,
            PoliticalActivity.IMPARTIALITY_REQUIRED,
            PoliticalActivity.CONSIDERATION_ADVISED,
            PoliticalActivity.NOT_ADDRESSED);
    assertThat(PoliticalActivity.AREA.options())
        .extracting(Option::id)
        .containsExactly(
            "private-capacity-only",
            "impartiality-required",
            "consideration-advised",
            "not-addressed");
    assertThat(StandardCatalogue.catalogue().area("political-activity"))
        .containsSame(PoliticalActivity.AREA);
  }

  @Test
  void private_capacity_only_decides_private_capacity_only_with_no_values() {
    Decision decision = PoliticalActivity.privateCapacityOnly();
    assertThat(decision).isEqualTo(Decision.of(PoliticalActivity.PRIVATE_CAPACITY_ONLY));
    assertThat(decision.area()).isEqualTo("political-activity");
    assertThat(decision.option().id()).isEqualTo("private-capacity-only");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void impartiality_required_decides_impartiality_required_with_no_values() {
    Decision decision = PoliticalActivity.impartialityRequired();
    assertThat(decision).isEqualTo(Decision.of(PoliticalActivity.IMPARTIALITY_REQUIRED));
    assertThat(decision.area()).isEqualTo("political-activity");
    assertThat(decision.option().id()).isEqualTo("impartiality-required");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_addressed_decides_not_addressed_with_no_values() {
    Decision decision = PoliticalActivity.notAddressed();
    assertThat(decision).isEqualTo(Decision.of(PoliticalActivity.NOT_ADDRESSED));
    assertThat(decision.area()).isEqualTo("political-activity");
    assertThat(decision.option().id()).isEqualTo("not-addressed");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void consideration_advised_decides_consideration_advised_with_no_values() {
    Decision decision = PoliticalActivity.considerationAdvised();
    assertThat(decision).isEqualTo(Decision.of(PoliticalActivity.CONSIDERATION_ADVISED));
    assertThat(decision.area()).isEqualTo("political-activity");
    assertThat(decision.option().id()).isEqualTo("consideration-advised");
    assertThat(decision.values()).isEmpty();
  }
}
