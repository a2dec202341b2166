package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NetworkTest {
  @Test
  void ids_are_those_of_the_domain_in_order() {
    assertThat(Network.values())
        .extracting(Network::id)
        .containsExactly(
            "facebook",
            "linkedin",
            "x",
            "instagram",
            "youtube",
            "tiktok",
            "blogs",
            "forums",
            "internal-network");
  }

  @Test
  void from_id_finds_every_value() {
    for (Network value : Network.values()) {
      assertThat(Network.fromId(value.id())).contains(value);
    }
  }

  @Test
  void from_id_is_empty_for_an_unknown_id_or_a_constant_name() {
    assertThat(Network.fromId("Facebook")).isEmpty();
    assertThat(Network.fromId("FACEBOOK")).isEmpty();
  }
}
