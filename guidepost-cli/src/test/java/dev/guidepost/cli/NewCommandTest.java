package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.json.PolicyJson;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.standard.Preset;
import org.junit.jupiter.api.Test;

class NewCommandTest {
  @Test
  void writes_the_balanced_preset_for_our_organisation_by_default() {
    Run run = Run.of("new");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(PolicyJson.standard().read(run.out()))
        .isEqualTo(Preset.BALANCED.policyFor(Organisation.of("Our organisation", Country.GB)));
  }

  @Test
  void takes_the_preset_organisation_country_and_sector() {
    Run run =
        Run.of(
            "new",
            "--preset",
            "encouraging",
            "--org",
            "Acme A/S",
            "--country",
            "dk",
            "--sector",
            "pharma",
            "--representation",
            "union");

    Policy expected =
        Preset.ENCOURAGING.policyFor(
            Organisation.builder()
                .name("Acme A/S")
                .country(Country.DK)
                .sector(Sector.PHARMA)
                .employeeRepresentation(EmployeeRepresentation.UNION)
                .build());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(PolicyJson.standard().write(expected));
  }

  @Test
  void defaults_suit_the_language_of_the_run() {
    Policy swedish = PolicyJson.standard().read(Run.of("new", "--lang", "sv").out());

    assertThat(swedish.organisation().name()).isEqualTo("Vår organisation");
    assertThat(swedish.organisation().country()).isEqualTo(Country.SE);
  }

  @Test
  void rejects_an_unknown_preset_sector_or_country_and_a_blank_name() {
    assertThat(Run.of("new", "--preset", "lenient").err())
        .startsWith(
            "Invalid value for --preset: expected one of restrictive, balanced, encouraging,"
                + " but found \"lenient\".\n");
    assertThat(Run.of("new", "--sector", "retail").err())
        .startsWith("Invalid value for --sector: expected one of general, financial-services,");
    assertThat(Run.of("new", "--country", "XX").err())
        .startsWith(
            "Invalid value for --country: expected a two-letter ISO country code such as DK,"
                + " but found \"XX\".\n");
    Run blank = Run.of("new", "--org", " ");
    assertThat(blank.exitCode()).isEqualTo(2);
    assertThat(blank.out()).isEmpty();
    assertThat(blank.err()).isEqualTo("The organisation's name (--org) cannot be empty.\n");
  }

  @Test
  void takes_the_other_countries_where_the_organisation_works() {
    Run run =
        Run.of("new", "--org", "Acme A/S", "--country", "DK", "--other-countries", "no,SE,US");

    Organisation expected =
        Organisation.builder()
            .name("Acme A/S")
            .country(Country.DK)
            .addOtherCountries(Country.NO, Country.SE, Country.US)
            .build();
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(PolicyJson.standard().write(Preset.BALANCED.policyFor(expected)));
  }

  @Test
  void the_other_countries_may_be_given_one_option_at_a_time() {
    Run run = Run.of("new", "--other-countries", "NO", "--other-countries", "DE");

    assertThat(PolicyJson.standard().read(run.out()).organisation().otherCountries())
        .containsExactly(Country.NO, Country.DE);
  }

  @Test
  void rejects_an_unknown_other_country_the_home_country_and_a_country_given_twice() {
    Run unknown = Run.of("new", "--other-countries", "NO,XX");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.out()).isEmpty();
    assertThat(unknown.err())
        .startsWith(
            "Invalid value for --other-countries: expected a two-letter ISO country code such as"
                + " DK, but found \"XX\".\n");

    Run home = Run.of("new", "--country", "DK", "--other-countries", "SE,DK");
    assertThat(home.exitCode()).isEqualTo(2);
    assertThat(home.out()).isEmpty();
    assertThat(home.err())
        .isEqualTo(
            "DK is the home country (--country), so it cannot also be one of the other countries"
                + " (--other-countries).\n");

    Run twice = Run.of("new", "--lang", "da", "--other-countries", "SE,NO,SE");
    assertThat(twice.exitCode()).isEqualTo(2);
    assertThat(twice.err()).isEqualTo("SE er angivet to gange i --other-countries.\n");

    Run defaultHome = Run.of("new", "--lang", "nb", "--other-countries", "NO");
    assertThat(defaultHome.err())
        .as("the home country a language gives by default counts too")
        .startsWith("NO er hjemlandet (--country)");
  }
}
