package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoalTest {
  @Test
  void ids_are_those_of_the_domain_in_order() {
    assertThat(Goal.values())
        .extracting(Goal::id)
        .containsExactly(
            "brand-awareness",
            "customer-service",
            "recruitment",
            "sales",
            "knowledge-sharing",
            "community",
            "internal-collaboration",
            "consultation",
            "transparency",
            "accountability");
  }

  @Test
  void from_id_finds_every_value() {
    for (Goal value : Goal.values()) {
      assertThat(Goal.fromId(value.id())).contains(value);
    }
  }

  @Test
  void from_id_is_empty_for_an_unknown_id_or_a_constant_name() {
    assertThat(Goal.fromId("marketing")).isEmpty();
    assertThat(Goal.fromId("BRAND_AWARENESS")).isEmpty();
  }
}
