package dev.guidepost.bench.check;

import dev.guidepost.bench.fixture.Fixtures;
import dev.guidepost.policy.generate.PolicyGenerator;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.standard.Preset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The policies the references are compared on: the realistic policy, every preset for every
 * country, sector and form of representation, and random policies of the standard catalogue.
 */
final class Inputs {
  private static final List<Country> COUNTRIES =
      List.of(Country.DK, Country.SE, Country.NO, Country.NL, Country.DE, Country.GB, Country.US);

  private Inputs() {}

  static List<Policy> policies() {
    List<Policy> policies = new ArrayList<>();
    policies.add(Fixtures.policy());
    for (Preset preset : Preset.values()) {
      for (Country country : COUNTRIES) {
        for (Sector sector : Sector.values()) {
          for (EmployeeRepresentation representation : EmployeeRepresentation.values()) {
            Organisation organisation =
                Organisation.builder()
                    .name("Acme")
                    .country(country)
                    .sector(sector)
                    .employeeRepresentation(representation)
                    .build();
            policies.add(preset.policyFor(organisation));
          }
        }
      }
    }
    PolicyGenerator generator = new PolicyGenerator(new Random(20261121L));
    for (int i = 0; i < 2000; i++) {
      policies.add(generator.policy());
    }
    return policies;
  }
}
