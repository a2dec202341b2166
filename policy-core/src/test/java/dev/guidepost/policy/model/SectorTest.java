package dev.guidepost.policy.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SectorTest {
  @Test
  void ids_are_those_of_the_domain_in_order() {
    assertThat(Sector.values())
        .extracting(Sector::id)
        .containsExactly(
            "general",
            "financial-services",
            "healthcare",
            "pharma",
            "public-sector",
            "education",
            "media");
  }

  @Test
  void from_id_finds_every_sector() {
    for (Sector sector : Sector.values()) {
      assertThat(Sector.fromId(sector.id())).contains(sector);
    }
  }

  @Test
  void from_id_is_empty_for_an_unknown_or_constant_name() {
    assertThat(Sector.fromId("banking")).isEmpty();
    assertThat(Sector.fromId("PUBLIC_SECTOR")).isEmpty();
    assertThat(Sector.fromId("")).isEmpty();
  }
}
