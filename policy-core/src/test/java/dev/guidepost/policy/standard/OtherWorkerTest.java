package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OtherWorkerTest {
  @Test
  void ids_are_those_of_the_domain_in_order() {
    assertThat(OtherWorker.values())
        .extracting(OtherWorker::id)
        .containsExactly("contractors", "consultants", "temporary-staff", "trainees");
  }

  @Test
  void from_id_finds_every_value() {
    for (OtherWorker value : OtherWorker.values()) {
      assertThat(OtherWorker.fromId(value.id())).contains(value);
    }
  }

  @Test
  void from_id_is_empty_for_an_unknown_id_or_a_constant_name() {
    assertThat(OtherWorker.fromId("employees")).isEmpty();
    assertThat(OtherWorker.fromId("TEMPORARY_STAFF")).isEmpty();
  }
}
