package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolicyKindTest {
  @Test
  void ids_are_those_of_the_domain_in_order() {
    assertThat(PolicyKind.values())
        .extracting(PolicyKind::id)
        .containsExactly(
            "code-of-conduct",
            "it-and-security",
            "anti-harassment",
            "data-protection",
            "editorial-guidelines",
            "email-and-communication",
            "whistleblowing",
            "departmental-policies",
            "account-playbook",
            "policy-manuals",
            "corporate-instructions",
            "values-and-ethics");
  }

  @Test
  void from_id_finds_every_value() {
    for (PolicyKind value : PolicyKind.values()) {
      assertThat(PolicyKind.fromId(value.id())).contains(value);
    }
  }

  @Test
  void from_id_is_empty_for_an_unknown_id_or_a_constant_name() {
    assertThat(PolicyKind.fromId("email-policy")).isEmpty();
    assertThat(PolicyKind.fromId("CODE_OF_CONDUCT")).isEmpty();
  }
}
