package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectTest {
  @Test
  void ids_are_those_of_the_domain_in_order() {
    assertThat(Subject.values())
        .extracting(Subject::id)
        .containsExactly(
            "organisation",
            "financial-results",
            "legal-matters",
            "customers",
            "incidents",
            "promotions");
  }

  @Test
  void from_id_finds_every_value() {
    for (Subject value : Subject.values()) {
      assertThat(Subject.fromId(value.id())).contains(value);
    }
  }

  @Test
  void from_id_is_empty_for_an_unknown_id_or_a_constant_name() {
    assertThat(Subject.fromId("weather")).isEmpty();
    assertThat(Subject.fromId("FINANCIAL_RESULTS")).isEmpty();
  }
}
