package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisclosureMethodTest {
  @Test
  void ids_are_those_of_the_domain_in_order() {
    assertThat(DisclosureMethod.values())
        .extracting(DisclosureMethod::id)
        .containsExactly("in-post", "hashtag", "profile", "employees-choice");
  }

  @Test
  void from_id_finds_every_value() {
    for (DisclosureMethod value : DisclosureMethod.values()) {
      assertThat(DisclosureMethod.fromId(value.id())).contains(value);
    }
  }

  @Test
  void from_id_is_empty_for_an_unknown_id_or_a_constant_name() {
    assertThat(DisclosureMethod.fromId("e-mail")).isEmpty();
    assertThat(DisclosureMethod.fromId("IN_POST")).isEmpty();
  }
}
