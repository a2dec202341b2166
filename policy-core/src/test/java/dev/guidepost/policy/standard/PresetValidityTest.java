package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.guidepost.policy.check.ValidatedPolicy;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.rules.StandardRules;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every preset validates with no error in every supported country (DOMAIN.md, "Presets"). */
class PresetValidityTest {
  private static final List<Country> COUNTRIES =
      List.of(Country.DK, Country.SE, Country.NO, Country.NL, Country.US, Country.GB, Country.DE);

  static Stream<Arguments> presetsCountriesAndRepresentations() {
    List<Arguments> cases = new ArrayList<>();
    for (Preset preset : Preset.values()) {
      for (Country country : COUNTRIES) {
        for (EmployeeRepresentation representation : EmployeeRepresentation.values()) {
          cases.add(Arguments.of(preset, country, representation));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} in {1} with representation {2}")
  @MethodSource("presetsCountriesAndRepresentations")
  void validates_with_no_error(
      Preset preset, Country country, EmployeeRepresentation representation) {
    for (Sector sector : Sector.values()) {
      Policy policy = preset.policyFor(organisation(country, sector, representation));
      assertThatCode(() -> StandardRules.checker().validate(policy))
          .as("%s in %s, sector %s", preset, country, sector)
          .doesNotThrowAnyException();
      ValidatedPolicy validated = StandardRules.checker().validate(policy);
      assertThat(validated.policy()).isEqualTo(policy);
      assertThat(validated.report().hasErrors()).isFalse();
    }
  }

  @ParameterizedTest(name = "{0} in {1} with representation {2}")
  @MethodSource("presetsCountriesAndRepresentations")
  void a_general_employer_gets_no_legal_warning_from_a_preset(
      Preset preset, Country country, EmployeeRepresentation representation) {
    Policy policy = preset.policyFor(organisation(country, Sector.GENERAL, representation));
    assertThat(StandardRules.checker().check(policy).findings())
        .extracting(f -> f.rule())
        .doesNotContain(
            "advocacy-needs-disclosure",
            "monitoring-needs-consent",
            "criticism-ban-us-nlra",
            "us-policy-needs-rights-notice",
            "profile-disclosure-not-enough",
            "anonymity-vs-us-rights",
            "credentials-never-requested");
  }

  private static Organisation organisation(
      Country country, Sector sector, EmployeeRepresentation representation) {
    return Organisation.builder()
        .name("Acme")
        .country(country)
        .sector(sector)
        .employeeRepresentation(representation)
        .build();
  }
}
