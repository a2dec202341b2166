package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShareableTest {
  @Test
  void ids_are_those_of_the_domain_in_order() {
    assertThat(Shareable.values())
        .extracting(Shareable::id)
        .containsExactly(
            "news", "job-postings", "reports", "product-launches", "events", "expertise");
  }

  @Test
  void from_id_finds_every_value() {
    for (Shareable value : Shareable.values()) {
      assertThat(Shareable.fromId(value.id())).contains(value);
    }
  }

  @Test
  void from_id_is_empty_for_an_unknown_id_or_a_constant_name() {
    assertThat(Shareable.fromId("memes")).isEmpty();
    assertThat(Shareable.fromId("JOB_POSTINGS")).isEmpty();
  }
}
