package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicTest {
  @Test
  void ids_are_those_of_the_domain_in_order() {
    assertThat(Topic.values())
        .extracting(Topic::id)
        .containsExactly(
            "products",
            "customers",
            "company-information",
            "financials",
            "colleagues",
            "work-tasks",
            "partners",
            "personal-data",
            "trade-secrets",
            "forward-looking-statements",
            "inside-information",
            "legal-matters",
            "pay-and-working-conditions",
            "under-confidentiality-agreement",
            "operational-plans",
            "marked-internal");
  }

  @Test
  void from_id_finds_every_value() {
    for (Topic value : Topic.values()) {
      assertThat(Topic.fromId(value.id())).contains(value);
    }
  }

  @Test
  void from_id_is_empty_for_an_unknown_id_or_a_constant_name() {
    assertThat(Topic.fromId("secrets")).isEmpty();
    assertThat(Topic.fromId("PERSONAL_DATA")).isEmpty();
  }
}
