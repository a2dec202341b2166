package dev.guidepost.policy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrganisationTest {
  @Test
  void of_defaults_to_the_general_sector_and_no_representation() {
    Organisation acme = Organisation.of("Acme A/S", Country.DK);
    assertThat(acme.name()).isEqualTo("Acme A/S");
    assertThat(acme.country()).isEqualTo(Country.DK);
    assertThat(acme.sector()).isEqualTo(Sector.GENERAL);
    assertThat(acme.employeeRepresentation()).isEqualTo(EmployeeRepresentation.NONE);
    assertThat(acme.employees()).isEmpty();
  }

  @Test
  void the_builder_sets_every_fact() {
    Organisation acme =
        Organisation.builder()
            .name("Acme A/S")
            .country(Country.NL)
            .sector(Sector.PHARMA)
            .employeeRepresentation(EmployeeRepresentation.WORKS_COUNCIL)
            .employees(120)
            .build();
    assertThat(acme.country()).isEqualTo(Country.NL);
    assertThat(acme.sector()).isEqualTo(Sector.PHARMA);
    assertThat(acme.employeeRepresentation()).isEqualTo(EmployeeRepresentation.WORKS_COUNCIL);
    assertThat(acme.employees()).hasValue(120);
  }

  @Test
  void rejects_a_blank_name() {
    assertThatThrownBy(() -> Organisation.of(" ", Country.DK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("an organisation's name must not be blank");
  }

  @Test
  void rejects_fewer_than_one_employee() {
    assertThatThrownBy(
            () -> Organisation.builder().name("Acme").country(Country.DK).employees(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1, but was 0");
  }

  @Test
  void accepts_a_single_employee() {
    assertThat(
            Organisation.builder()
                .name("Solo")
                .country(Country.SE)
                .employees(1)
                .build()
                .employees())
        .hasValue(1);
  }

  @Test
  void organisations_with_the_same_facts_are_equal() {
    Organisation acme = Organisation.of("Acme A/S", Country.DK);
    assertThat(acme)
        .isEqualTo(Organisation.of("Acme A/S", Country.DK))
        .hasSameHashCodeAs(Organisation.of("Acme A/S", Country.DK))
        .isNotEqualTo(Organisation.of("Acme A/S", Country.SE))
        .isNotEqualTo(Organisation.builder().from(acme).sector(Sector.MEDIA).build());
    assertThat(
            Organisation.builder()
                .from(acme)
                .sector(Sector.GENERAL)
                .employeeRepresentation(EmployeeRepresentation.NONE)
                .build())
        .isEqualTo(acme);
  }

  @Test
  void the_countries_are_the_home_country_then_the_others_in_order() {
    Organisation acme =
        Organisation.builder()
            .name("Acme")
            .country(Country.DK)
            .addOtherCountries(Country.US, Country.SE)
            .build();
    assertThat(acme.countries()).containsExactly(Country.DK, Country.US, Country.SE);
    assertThat(Organisation.of("Acme", Country.DK).countries()).containsExactly(Country.DK);
  }

  @Test
  void in_one_country_keeps_every_other_fact() {
    Organisation acme =
        Organisation.builder()
            .name("Acme")
            .country(Country.DK)
            .sector(Sector.MEDIA)
            .employees(40)
            .addOtherCountries(Country.US)
            .build();
    Organisation inUs = acme.in(Country.US);
    assertThat(inUs.country()).isEqualTo(Country.US);
    assertThat(inUs.otherCountries()).isEmpty();
    assertThat(inUs.sector()).isEqualTo(Sector.MEDIA);
    assertThat(inUs.employees()).hasValue(40);
    Organisation dk = Organisation.of("Acme", Country.DK);
    assertThat(dk.in(Country.DK)).isSameAs(dk);
    assertThat(acme.in(Country.DK).otherCountries()).isEmpty();
  }

  @Test
  void rejects_a_country_listed_twice_or_the_home_country_among_the_others() {
    assertThatThrownBy(
            () ->
                Organisation.builder()
                    .name("Acme")
                    .country(Country.DK)
                    .addOtherCountries(Country.SE, Country.SE)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the country SE is listed twice among the other countries");
    assertThatThrownBy(
            () ->
                Organisation.builder()
                    .name("Acme")
                    .country(Country.DK)
                    .addOtherCountries(Country.DK)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the home country DK is also listed among the other countries");
  }
}
