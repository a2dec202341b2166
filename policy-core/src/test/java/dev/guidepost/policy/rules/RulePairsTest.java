package dev.guidepost.policy.rules;

import static dev.guidepost.policy.check.Severity.ERROR;
import static dev.guidepost.policy.check.Severity.INFO;
import static dev.guidepost.policy.check.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.AccessManagement;
import dev.guidepost.policy.standard.AccountOwnership;
import dev.guidepost.policy.standard.Advocacy;
import dev.guidepost.policy.standard.CompanyPresence;
import dev.guidepost.policy.standard.Consequences;
import dev.guidepost.policy.standard.Consultation;
import dev.guidepost.policy.standard.Criticism;
import dev.guidepost.policy.standard.Governance;
import dev.guidepost.policy.standard.Monitoring;
import dev.guidepost.policy.standard.Purpose;
import dev.guidepost.policy.standard.Sanction;
import dev.guidepost.policy.standard.Spokespersons;
import dev.guidepost.policy.standard.Transparency;
import dev.guidepost.policy.standard.WorkingHours;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pair of options (and "not addressed") of the two areas that a two-area rule reads: the rule
 * fires exactly when the rule table of DOMAIN.md says. {@code NA} stands for "not addressed".
 */
class RulePairsTest {
  /** Stands for an area with no decision; no real option has this id. */
  private static final String NA = "(not addressed)";

  static Stream<Arguments> rules() {
    return Stream.of(
        pair(
            "advocacy-vs-working-hours-ban",
            Advocacy.AREA,
            WorkingHours.AREA,
            (a, w) -> encourages(a) && is(w, WorkingHours.PROHIBITED)),
        pair(
            "advocacy-vs-central-communication",
            Advocacy.AREA,
            Spokespersons.AREA,
            (a, s) -> encourages(a) && is(s, Spokespersons.COMMUNICATIONS_ONLY)),
        pair(
            "advocacy-needs-disclosure",
            Advocacy.AREA,
            Transparency.AREA,
            (a, t) ->
                encourages(a)
                    && (is(t, Transparency.NOT_REQUIRED)
                        || is(t, Transparency.DISCLAIMER_NO_PROTECTION))),
        pair(
            "speaking-for-company-needs-disclosure",
            Spokespersons.AREA,
            Transparency.AREA,
            (s, t) ->
                is(s, Spokespersons.ALL_EMPLOYEES_WITHIN_GUIDELINES)
                    && !is(t, Transparency.DISCLOSE_AND_DISCLAIM)),
        pair(
            "company-accounts-need-ownership",
            CompanyPresence.AREA,
            AccountOwnership.AREA,
            (p, o) ->
                is(p, CompanyPresence.OFFICIAL_ACCOUNTS) && !is(o, AccountOwnership.COMPANY_OWNS)),
        pair(
            "company-accounts-need-offboarding",
            CompanyPresence.AREA,
            AccessManagement.AREA,
            (p, m) ->
                is(p, CompanyPresence.OFFICIAL_ACCOUNTS)
                    && !is(m, AccessManagement.ON_AND_OFFBOARDING_PROCEDURE)),
        pair(
            "company-accounts-need-owner",
            CompanyPresence.AREA,
            Governance.AREA,
            (p, g) ->
                is(p, CompanyPresence.OFFICIAL_ACCOUNTS)
                    && (is(g, Governance.NO_OWNER) || g.equals(NA))),
        pair(
            "presence-needs-purpose",
            CompanyPresence.AREA,
            Purpose.AREA,
            (p, u) -> is(p, CompanyPresence.OFFICIAL_ACCOUNTS) && !is(u, Purpose.DEFINED)));
  }

  private static Organisation organisation(Country country, EmployeeRepresentation representation) {
    return Organisation.builder()
        .name("Acme")
        .country(country)
        .employeeRepresentation(representation)
        .build();
  }

  static Stream<Arguments> monitoringCases() {
    List<Arguments> cases = new ArrayList<>();
    for (Country country :
        List.of(
            Country.NL, Country.DE, Country.DK, Country.NO, Country.SE, Country.GB, Country.US)) {
      for (EmployeeRepresentation representation : EmployeeRepresentation.values()) {
        cases.add(Arguments.of(country, representation));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void fires_exactly_when_the_table_says(
      String rule, Area first, Area second, BiPredicate<String, String> fires) {
    int fired = 0;
    for (String a : values(first)) {
      for (String b : values(second)) {
        Policy policy = policy(Organisation.of("Acme", Country.DK), first, a, second, b);
        List<Finding> findings = RuleCorpusTest.CHECKER.check(policy).findingsOf(rule);
        boolean expected = fires.test(a, b);
        assertThat(!findings.isEmpty())
            .as("%s with %s = %s, %s = %s", rule, first.id(), a, second.id(), b)
            .isEqualTo(expected);
        if (expected) {
          fired++;
          assertThat(findings).hasSize(1);
          assertThat(findings.get(0).facts())
              .contains(Fact.state(policy, first.id()), Fact.state(policy, second.id()));
        }
      }
    }
    assertThat(fired).as("cells where %s fires", rule).isPositive();
  }

  /**
   * monitoring-needs-consent: monitoring ≠ none and consultation ≠ representatives-approved (nor,
   * in DK, NO and SE, representatives-consulted), with the severity of the organisation's country
   * and representation: an error in NL and DE only where a works council holds the right, a warning
   * where a union alone represents employees. A policy that does not address monitoring declares
   * none, so it is read as monitoring = none.
   */
  @ParameterizedTest(name = "monitoring × consultation in {0}, representation {1}")
  @MethodSource("monitoringCases")
  void monitoring_needs_consent(Country country, EmployeeRepresentation representation) {
    Organisation organisation = organisation(country, representation);
    boolean represented = representation != EmployeeRepresentation.NONE;
    boolean worksCouncil =
        representation == EmployeeRepresentation.WORKS_COUNCIL
            || representation == EmployeeRepresentation.BOTH;
    Severity severity =
        List.of(Country.NL, Country.DE).contains(country) && worksCouncil
            ? ERROR
            : List.of(Country.DK, Country.NO, Country.SE).contains(country) || represented
                ? WARNING
                : INFO;
    boolean discussionSuffices = List.of(Country.DK, Country.NO, Country.SE).contains(country);
    for (String m : values(Monitoring.AREA)) {
      for (String c : values(Consultation.AREA)) {
        Policy policy = policy(organisation, Monitoring.AREA, m, Consultation.AREA, c);
        List<Finding> findings =
            RuleCorpusTest.CHECKER.check(policy).findingsOf("monitoring-needs-consent");
        boolean expected =
            (is(m, Monitoring.PUBLIC_CONTENT_ONLY) || is(m, Monitoring.ACTIVE_MONITORING))
                && !is(c, Consultation.REPRESENTATIVES_APPROVED)
                && !(discussionSuffices && is(c, Consultation.REPRESENTATIVES_CONSULTED));
        // guidelines that wait for the representatives they have: an info until they are involved
        Severity expectedSeverity =
            represented && is(c, Consultation.BEFORE_ADOPTION) ? INFO : severity;
        assertThat(findings.stream().map(Finding::severity).toList())
            .as("monitoring = %s, consultation = %s", m, c)
            .isEqualTo(expected ? List.of(expectedSeverity) : List.of());
      }
    }
  }

  /**
   * monitoring-needs-consent suggests what the law asks first: a discussion with the
   * representatives in DK, NO and SE, their approval elsewhere; the checker verifies that it clears
   * the finding.
   */
  @ParameterizedTest(name = "monitoring × consultation in {0}, representation {1}")
  @MethodSource("monitoringCases")
  void monitoring_needs_consent_suggests_what_the_law_asks(
      Country country, EmployeeRepresentation representation) {
    Organisation organisation = organisation(country, representation);
    Policy policy =
        Policy.builder()
            .organisation(organisation)
            .decide(Monitoring.activeMonitoring())
            .decide(Consultation.none())
            .build();
    Finding finding =
        RuleCorpusTest.CHECKER.check(policy).findingsOf("monitoring-needs-consent").get(0);
    Decision involvement =
        List.of(Country.DK, Country.NO, Country.SE).contains(country)
            ? Consultation.representativesConsulted()
            : Consultation.representativesApproved();
    assertThat(finding.fixes().get(0).decisions()).containsExactly(involvement);
    assertThat(finding.fixes().get(1).decisions()).containsExactly(Monitoring.none());
    Policy fixed = finding.fixes().get(0).applyTo(policy);
    assertThat(RuleCorpusTest.CHECKER.check(fixed).findingsOf("monitoring-needs-consent"))
        .isEmpty();
  }

  /**
   * profile-disclosure-not-enough: US or DK, advocacy = encouraged and transparency method =
   * profile, or left to the employee's choice (which allows the profile alone).
   */
  @ParameterizedTest(name = "advocacy × transparency method in {0}")
  @MethodSource("countries")
  void profile_disclosure_is_not_enough_in_the_us_and_denmark(Country country) {
    for (String a : values(Advocacy.AREA)) {
      for (Option t : Transparency.AREA.options()) {
        List<String> methods =
            t.parameter(Transparency.METHOD).map(Parameter::allowedValues).orElse(List.of(NA));
        for (String method : methods) {
          Policy.Builder builder = Policy.builder().organisation(Organisation.of("Acme", country));
          decide(builder, Advocacy.AREA, a);
          builder.decide(
              method.equals(NA)
                  ? Decision.of(t)
                  : Decision.of(t).withValue(Transparency.METHOD, ParameterValue.ofChoice(method)));
          boolean expected =
              (country.equals(Country.US) || country.equals(Country.DK))
                  && encourages(a)
                  && (method.equals("profile") || method.equals("employees-choice"));
          assertThat(
                  RuleCorpusTest.CHECKER
                      .check(builder.build())
                      .findingsOf("profile-disclosure-not-enough")
                      .stream()
                      .map(Finding::severity)
                      .toList())
              .as("advocacy = %s, transparency = %s %s", a, t.id(), method)
              .isEqualTo(expected ? List.of(WARNING) : List.of());
        }
      }
    }
  }

  /**
   * sanctions-need-proportionality with listed sanctions: it fires for every set of sanctions that
   * names a dismissal but neither a conversation nor a written warning, whatever the policy says on
   * criticism, and names the sanctions among its facts.
   */
  @Test
  void listed_sanctions_need_a_gentler_first_step_before_a_dismissal() {
    Sanction[] all = Sanction.values();
    int fired = 0;
    for (int set = 0; set < 1 << all.length; set++) {
      List<Sanction> sanctions = new ArrayList<>();
      for (int i = 0; i < all.length; i++) {
        if ((set & 1 << i) != 0) {
          sanctions.add(all[i]);
        }
      }
      Decision listed = Consequences.listedSanctions(sanctions.toArray(new Sanction[0]));
      boolean dismissal =
          sanctions.contains(Sanction.ORDINARY_DISMISSAL)
              || sanctions.contains(Sanction.SUMMARY_DISMISSAL);
      boolean gentler =
          sanctions.contains(Sanction.CONVERSATION) || sanctions.contains(Sanction.WRITTEN_WARNING);
      for (String k : values(Criticism.AREA)) {
        Policy.Builder builder =
            Policy.builder().organisation(Organisation.of("Acme", Country.DK)).decide(listed);
        decide(builder, Criticism.AREA, k);
        Policy policy = builder.build();
        List<Finding> findings =
            RuleCorpusTest.CHECKER.check(policy).findingsOf("sanctions-need-proportionality");
        boolean expected = dismissal && !gentler;
        assertThat(findings)
            .as("sanctions %s, criticism = %s", sanctions, k)
            .hasSize(expected ? 1 : 0);
        if (expected) {
          fired++;
          assertThat(findings.get(0).facts())
              .contains(
                  Fact.state(policy, Consequences.ID),
                  Fact.parameter(
                      Consequences.ID,
                      Consequences.SANCTIONS,
                      listed.value(Consequences.SANCTIONS).orElseThrow().toString()))
              .doesNotContain(Fact.state(policy, Criticism.ID));
          assertThat(findings.get(0).fixes()).isNotEmpty();
        }
      }
    }
    assertThat(fired)
        .as("three sets of dismissals, with or without the loss of role, by every criticism value")
        .isEqualTo(3 * 2 * values(Criticism.AREA).size());
  }

  static Stream<Country> countries() {
    return Stream.of(Country.US, Country.DK, Country.GB);
  }

  private static Arguments pair(
      String rule, Area first, Area second, BiPredicate<String, String> fires) {
    return Arguments.of(rule, first, second, fires);
  }

  /** Both kinds of encouragement to share, voluntary or not, are advice that the rules read. */
  private static boolean encourages(String advocacy) {
    return is(advocacy, Advocacy.ENCOURAGED) || is(advocacy, Advocacy.ENCOURAGED_VOLUNTARY);
  }

  private static boolean is(String value, Option option) {
    return value.equals(option.id());
  }

  /** Every option id of an area, then {@link #NA}. */
  private static List<String> values(Area area) {
    List<String> values = new ArrayList<>(area.options().stream().map(Option::id).toList());
    values.add(NA);
    return values;
  }

  private static Policy policy(
      Organisation organisation, Area first, String a, Area second, String b) {
    Policy.Builder policy = Policy.builder().organisation(organisation);
    decide(policy, first, a);
    decide(policy, second, b);
    return policy.build();
  }

  private static void decide(Policy.Builder policy, Area area, String option) {
    if (!option.equals(NA)) {
      policy.decide(decision(area.option(option).orElseThrow()));
    }
  }

  /** A decision with a valid value for every parameter, so that only the option matters. */
  static Decision decision(Option option) {
    Decision decision = Decision.of(option);
    for (Parameter parameter : option.parameters()) {
      ParameterValue value =
          switch (parameter.kind()) {
            case INTEGER -> ParameterValue.ofInteger(parameter.minimum().orElse(1L));
            case BOOLEAN -> ParameterValue.ofBoolean(true);
            case TEXT -> ParameterValue.ofText("Jane Doe");
            case DATE -> ParameterValue.ofDate(LocalDate.of(2026, 1, 1));
            case CHOICE -> ParameterValue.ofChoice(parameter.allowedValues().get(0));
            case CHOICES -> ParameterValue.ofChoices(List.of(parameter.allowedValues().get(0)));
            case TEXTS -> ParameterValue.ofTexts(List.of("FINRA Rule 2210"));
          };
      decision = decision.withValue(parameter.name(), value);
    }
    return decision;
  }
}
