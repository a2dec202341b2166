package dev.guidepost.bench.check;

import dev.guidepost.bench.fixture.Fixtures;
import dev.guidepost.policy.generate.PolicyGenerator;
import dev.guidepost.policy.model.Audience;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.standard.CompanyPresence;
import dev.guidepost.policy.standard.Consequences;
import dev.guidepost.policy.standard.Covers;
import dev.guidepost.policy.standard.Criticism;
import dev.guidepost.policy.standard.DisclosureMethod;
import dev.guidepost.policy.standard.Monitoring;
import dev.guidepost.policy.standard.Network;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.policy.standard.RecordKeeping;
import dev.guidepost.policy.standard.Review;
import dev.guidepost.policy.standard.RightsNotice;
import dev.guidepost.policy.standard.Transparency;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The policies the references are compared on. {@link #all()} is every input, which the full
 * benchmark run proves; {@link #sample()} is a part of it in which every standard rule still fires,
 * which every build proves.
 */
final class Inputs {
  private static final List<Country> COUNTRIES =
      List.of(Country.DK, Country.SE, Country.NO, Country.NL, Country.DE, Country.GB, Country.US);
  private static final int RANDOM = 2000;
  private static final int RANDOM_IN_SAMPLE = 737;

  private Inputs() {}

  /**
   * The realistic policy, every preset for every country, sector and form of representation, 2,000
   * random policies of the standard catalogue, and a US financial firm that does not archive.
   */
  static List<Policy> all() {
    List<Policy> policies = new ArrayList<>();
    policies.add(Fixtures.policy());
    for (Preset preset : Preset.values()) {
      for (Country country : COUNTRIES) {
        for (Sector sector : Sector.values()) {
          for (EmployeeRepresentation representation : EmployeeRepresentation.values()) {
            policies.add(preset.policyFor(organisation(country, sector, representation)));
          }
        }
      }
    }
    policies.addAll(random(RANDOM));
    policies.add(brokerWithoutArchive());
    policies.add(rightsNoticeForSpokespersonsOnly());
    policies.addAll(changedWithoutNotice());
    return policies;
  }

  /**
   * The realistic policy, every preset for every country and sector (the forms of representation
   * taken in turn), the first 400 of {@link #all()}'s random policies, and the balanced preset of a
   * US financial firm that does not archive its posts: no preset makes {@code
   * broker-posts-need-archiving} fire, and where the first random policy that does falls moves
   * whenever the catalogue grows (the 842nd since {@code ask-first}).
   */
  static List<Policy> sample() {
    List<Policy> policies = new ArrayList<>();
    policies.add(Fixtures.policy());
    EmployeeRepresentation[] representations = EmployeeRepresentation.values();
    int next = 0;
    for (Preset preset : Preset.values()) {
      for (Country country : COUNTRIES) {
        for (Sector sector : Sector.values()) {
          EmployeeRepresentation representation = representations[next++ % representations.length];
          policies.add(preset.policyFor(organisation(country, sector, representation)));
        }
      }
    }
    policies.addAll(random(RANDOM_IN_SAMPLE));
    policies.add(brokerWithoutArchive());
    policies.add(rightsNoticeForSpokespersonsOnly());
    policies.addAll(byCoverage());
    policies.addAll(profileDisclosureByCoverage());
    policies.addAll(changedWithoutNotice());
    return policies;
  }

  /**
   * Policies that may change without notice, monitor employees and threaten sanctions, in every
   * country under every form of representation: no preset says it may change without notice, so
   * {@code changes-need-representatives} fires here, with its warning, its note and its silence.
   */
  private static List<Policy> changedWithoutNotice() {
    List<Policy> policies = new ArrayList<>();
    for (Country country : COUNTRIES) {
      for (EmployeeRepresentation representation : EmployeeRepresentation.values()) {
        policies.add(
            Policy.builder()
                .organisation(organisation(country, Sector.GENERAL, representation))
                .decide(Review.changedWithoutNotice())
                .decide(Monitoring.publicContentOnly())
                .decide(Consequences.graduated())
                .build());
      }
    }
    return policies;
  }

  /**
   * A US employer that encourages advocacy but lets staff disclose only in their profile, under
   * each coverage: the sample no longer depends on the random sequence (which shifts whenever the
   * catalogue grows) for {@code profile-disclosure-not-enough} to fire.
   */
  private static List<Policy> profileDisclosureByCoverage() {
    Policy base =
        Preset.ENCOURAGING
            .policyFor(organisation(Country.US, Sector.GENERAL, EmployeeRepresentation.NONE))
            .toBuilder()
            .decide(Transparency.discloseAndDisclaim(DisclosureMethod.PROFILE))
            .build();
    List<Policy> policies = new ArrayList<>();
    for (Decision covers :
        List.of(Covers.employeesOwnUse(), Covers.officialAccounts(), Covers.both())) {
      policies.add(base.toBuilder().decide(covers).build());
    }
    return policies;
  }

  /**
   * A US broker-dealer whose accounts are not archived, under each coverage: the rules that read
   * what a document covers fire on some and stay silent on others, by hand as in Guidepost.
   */
  private static List<Policy> byCoverage() {
    Policy base =
        Policy.builder()
            .organisation(
                organisation(Country.US, Sector.FINANCIAL_SERVICES, EmployeeRepresentation.NONE))
            .decide(CompanyPresence.officialAccounts(Network.LINKEDIN))
            .decide(Criticism.notAddressed())
            .build();
    List<Policy> policies = new ArrayList<>();
    policies.add(base);
    for (Decision covers :
        List.of(Covers.employeesOwnUse(), Covers.officialAccounts(), Covers.both())) {
      policies.add(base.toBuilder().decide(covers).build());
    }
    return policies;
  }

  /** The balanced preset of a US financial firm that does not archive its posts. */
  private static Policy brokerWithoutArchive() {
    return Preset.BALANCED
        .policyFor(organisation(Country.US, Sector.FINANCIAL_SERVICES, EmployeeRepresentation.NONE))
        .toBuilder()
        .decide(RecordKeeping.notAddressed())
        .build();
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

  private static List<Policy> random(int count) {
    PolicyGenerator generator = new PolicyGenerator(new Random(20261121L));
    List<Policy> policies = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      policies.add(generator.policy());
    }
    return policies;
  }

  /** A US policy whose notice of rights binds only its spokespersons. */
  private static Policy rightsNoticeForSpokespersonsOnly() {
    return Policy.builder()
        .organisation(Organisation.of("Acme", Country.US))
        .decide(RightsNotice.included().boundTo(Audience.SPOKESPERSONS))
        .build();
  }
}
