package dev.guidepost.policy.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmployeeRepresentationTest {
  @Test
  void ids_are_those_of_the_domain_in_order() {
    assertThat(EmployeeRepresentation.values())
        .extracting(EmployeeRepresentation::id)
        .containsExactly("none", "works-council", "union", "both");
  }

  @Test
  void from_id_finds_every_form_of_representation() {
    for (EmployeeRepresentation representation : EmployeeRepresentation.values()) {
      assertThat(EmployeeRepresentation.fromId(representation.id())).contains(representation);
    }
  }

  @Test
  void from_id_is_empty_for_an_unknown_or_constant_name() {
    assertThat(EmployeeRepresentation.fromId("council")).isEmpty();
    assertThat(EmployeeRepresentation.fromId("WORKS_COUNCIL")).isEmpty();
  }
}
