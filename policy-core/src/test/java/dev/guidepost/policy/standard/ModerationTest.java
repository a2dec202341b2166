package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class ModerationTest {
  @Test
  void the_area_is_moderation_with_its_options_in_order() {
    assertThat(Moderation.ID).isEqualTo("moderation");
    assertThat(Moderation.AREA.id()).isEqualTo("moderation");
    assertThat(Moderation.AREA.options())
        .containsExactly(Moderation.HOUSE_RULES, Moderation.NOT_ADDRESSED);
    assertThat(Moderation.AREA.options())
        .extracting(Option::id)
        .containsExactly("house-rules", "not-addressed");
    assertThat(StandardCatalogue.catalogue().area("moderation")).containsSame(Moderation.AREA);
  }

  @Test
  void house_rules_decides_house_rules_with_no_values() {
    Decision decision = Moderation.houseRules();
    assertThat(decision).isEqualTo(Decision.of(Moderation.HOUSE_RULES));
    assertThat(decision.area()).isEqualTo("moderation");
    assertThat(decision.option().id()).isEqualTo("house-rules");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_addressed_decides_not_addressed_with_no_values() {
    Decision decision = Moderation.notAddressed();
    assertThat(decision).isEqualTo(Decision.of(Moderation.NOT_ADDRESSED));
    assertThat(decision.area()).isEqualTo("moderation");
    assertThat(decision.option().id()).isEqualTo("not-addressed");
    assertThat(decision.values()).isEmpty();
  }
}
