package dev.guidepost.policy.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifiedTest {
  private static final Identified FIRST = () -> "same";
  private static final Identified SECOND = () -> "same";
  private static final Identified OTHER = () -> "other";

  @Test
  void find_returns_the_value_with_the_id() {
    assertThat(Identified.find(new Identified[] {FIRST, OTHER}, "other")).containsSame(OTHER);
  }

  @Test
  void find_returns_the_first_value_when_an_id_repeats() {
    assertThat(Identified.find(new Identified[] {FIRST, SECOND}, "same")).containsSame(FIRST);
  }

  @Test
  void find_is_empty_when_no_value_has_the_id() {
    assertThat(Identified.find(new Identified[] {FIRST, OTHER}, "missing")).isEmpty();
    assertThat(Identified.find(new Identified[0], "same")).isEmpty();
  }

  @Test
  void find_matches_ids_exactly() {
    assertThat(Identified.find(Sector.values(), "Pharma")).isEmpty();
    assertThat(Identified.find(Sector.values(), "pharma")).contains(Sector.PHARMA);
  }
}
