package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CarveOutTest {
  @Test
  void ids_are_those_of_the_domain_in_order() {
    assertThat(CarveOut.values())
        .extracting(CarveOut::id)
        .containsExactly(
            "own-pay-and-conditions",
            "reviews-on-job-sites",
            "reporting-wrongdoing",
            "discussing-pay-and-conditions");
  }

  @Test
  void from_id_finds_every_value() {
    for (CarveOut value : CarveOut.values()) {
      assertThat(CarveOut.fromId(value.id())).contains(value);
    }
  }

  @Test
  void from_id_is_empty_for_an_unknown_id_or_a_constant_name() {
    assertThat(CarveOut.fromId("own-pay")).isEmpty();
    assertThat(CarveOut.fromId("REPORTING_WRONGDOING")).isEmpty();
  }
}
