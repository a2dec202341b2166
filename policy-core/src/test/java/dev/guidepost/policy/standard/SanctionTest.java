package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SanctionTest {
  @Test
  void ids_are_those_of_the_domain_in_order() {
    assertThat(Sanction.values())
        .extracting(Sanction::id)
        .containsExactly(
            "conversation",
            "written-warning",
            "loss-of-spokesperson-role",
            "ordinary-dismissal",
            "summary-dismissal");
  }

  @Test
  void from_id_finds_every_value() {
    for (Sanction value : Sanction.values()) {
      assertThat(Sanction.fromId(value.id())).contains(value);
    }
  }

  @Test
  void from_id_is_empty_for_an_unknown_id_or_a_constant_name() {
    assertThat(Sanction.fromId("fine")).isEmpty();
    assertThat(Sanction.fromId("SUMMARY_DISMISSAL")).isEmpty();
  }
}
