package dev.guidepost.policy.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.standard.Criticism;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.policy.standard.WorkingHours;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A policy for people in several countries is checked against the law of each. */
class JurisdictionsTest {
  private static final String US_BAN = "criticism-ban-us-nlra";
  private static final String ANY_BAN = "criticism-ban-without-internal-channel";
  private static final String CORE_AREAS = "core-areas-addressed";
  private static final Checker CHECKER = StandardRules.checker();

  private static Organisation acme(Country home, Country... others) {
    return Organisation.builder().name("Acme").country(home).addOtherCountries(others).build();
  }

  private static Policy banningCriticism(Country home, Country... others) {
    Organisation organisation = acme(home, others);
    return Policy.builder()
        .from(Preset.BALANCED.policyFor(organisation))
        .decide(Criticism.prohibited())
        .build();
  }

  @Test
  void the_rule_of_another_country_where_people_work_fires_and_names_that_country() {
    assertThat(CHECKER.check(banningCriticism(Country.DK)).findingsOf(US_BAN)).isEmpty();

    List<Finding> findings =
        CHECKER.check(banningCriticism(Country.DK, Country.US)).findingsOf(US_BAN);

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).facts()).contains(Fact.of(Fact.Kind.COUNTRY, "country", "US"));
  }

  @Test
  void a_finding_every_country_gives_is_reported_once() {
    Report report = CHECKER.check(banningCriticism(Country.DK, Country.SE, Country.US));

    assertThat(report.findingsOf(ANY_BAN)).hasSize(1);
    assertThat(report.findings())
        .isEqualTo(CHECKER.check(banningCriticism(Country.DK, Country.US, Country.SE)).findings());
  }

  @Test
  void a_finding_several_countries_give_alike_is_reported_once_naming_them() {
    Organisation organisation = acme(Country.DK, Country.SE, Country.NL);
    Map<String, Decision> decisions =
        new LinkedHashMap<>(Preset.BALANCED.policyFor(organisation).decisions());
    decisions.remove(WorkingHours.ID);
    Policy policy = Policy.builder().organisation(organisation).putAllDecisions(decisions).build();

    List<Finding> findings = CHECKER.check(policy).findingsOf(CORE_AREAS);

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).facts())
        .filteredOn(fact -> fact.kind() == Fact.Kind.COUNTRY)
        .extracting(Fact::value)
        .containsExactly("DK", "NL");
  }

  @Test
  void findings_that_differ_beyond_their_country_stay_apart() {
    Rule perCountry =
        Rule.builder("per-country")
            .severity(Severity.INFO)
            .summary("per country")
            .source("test")
            .check(
                (policy, context, sink) ->
                    sink.report(Message.literal(policy.organisation().country().code()))
                        .fact(
                            Fact.of(
                                Fact.Kind.COUNTRY,
                                "country",
                                policy.organisation().country().code())))
            .build();
    Policy policy = Policy.builder().organisation(acme(Country.DK, Country.SE)).build();

    assertThat(Checker.builder().add(perCountry).build().check(policy).findings()).hasSize(2);
  }

  @Test
  void the_same_countries_in_the_home_or_other_role_give_the_same_findings() {
    assertThat(CHECKER.check(banningCriticism(Country.US, Country.DK)).findings())
        .containsExactlyInAnyOrderElementsOf(
            CHECKER.check(banningCriticism(Country.DK, Country.US)).findings());
  }

  @Test
  void an_error_in_another_country_blocks_validation() {
    CHECKER.validate(Preset.BALANCED.policyFor(Organisation.of("Acme", Country.DK)));
    assertThatThrownBy(() -> CHECKER.validate(banningCriticism(Country.DK, Country.US)))
        .isInstanceOfSatisfying(
            InvalidPolicyException.class,
            e -> assertThat(e.report().errors()).extracting(Finding::rule).contains(US_BAN));
  }

  @Test
  void a_suggestion_is_verified_against_every_country() {
    Report report = CHECKER.check(banningCriticism(Country.DK, Country.US));
    Policy fixed = CHECKER.fix(banningCriticism(Country.DK, Country.US));

    assertThat(report.findingsOf(US_BAN).get(0).fixes()).isNotEmpty();
    assertThat(CHECKER.check(fixed).errors()).isEmpty();
    assertThat(fixed.organisation().otherCountries()).containsExactly(Country.US);
  }
}
