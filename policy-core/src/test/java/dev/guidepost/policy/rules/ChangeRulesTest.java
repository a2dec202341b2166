package dev.guidepost.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.Objections;
import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.check.Suggestion;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.Consequences;
import dev.guidepost.policy.standard.Consultation;
import dev.guidepost.policy.standard.Monitoring;
import dev.guidepost.policy.standard.Review;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@code changes-need-representatives}: a policy that may change without notice, at an employer
 * whose representatives have a say in what the policy holds, for every country, form of
 * representation, monitoring and sanction.
 */
class ChangeRulesTest {
  private static final String RULE = "changes-need-representatives";

  private static final List<Country> COUNTRIES =
      List.of(
          Country.DK,
          Country.SE,
          Country.NO,
          Country.NL,
          Country.DE,
          Country.GB,
          Country.US,
          Country.of("FR"));

  private static final Set<Country> CONSENT = Set.of(Country.NL, Country.DE);
  private static final Set<Country> CONSULTATION = Set.of(Country.DK, Country.NO, Country.SE);

  private static final List<@Nullable Decision> MONITORING =
      Arrays.asList(
          Monitoring.none(), Monitoring.publicContentOnly(), Monitoring.activeMonitoring(), null);

  private static final List<@Nullable Decision> CONSEQUENCES =
      Arrays.asList(Consequences.graduated(), Consequences.dismissalPossible(), null);

  @Test
  void fires_exactly_where_the_representatives_have_a_say_in_what_the_policy_holds() {
    int fired = 0;
    for (Country country : COUNTRIES) {
      for (EmployeeRepresentation representation : EmployeeRepresentation.values()) {
        for (Decision monitoring : MONITORING) {
          for (Decision consequences : CONSEQUENCES) {
            Policy policy = policy(country, representation, monitoring, consequences);
            List<Finding> findings = RuleCorpusTest.CHECKER.check(policy).findingsOf(RULE);
            boolean monitors = monitoring != null && !monitoring.equals(Monitoring.none());
            boolean binding = consequences != null;
            boolean worksCouncil =
                representation == EmployeeRepresentation.WORKS_COUNCIL
                    || representation == EmployeeRepresentation.BOTH;
            boolean represented = representation != EmployeeRepresentation.NONE;
            boolean expected =
                (CONSENT.contains(country) && worksCouncil && monitors)
                    || (country.equals(Country.DE) && worksCouncil && binding)
                    || (CONSULTATION.contains(country) && represented && monitors);
            assertThat(findings).as("%s", policy).hasSize(expected ? 1 : 0);
            if (expected) {
              fired++;
              assertThat(findings.get(0).severity())
                  .as("%s", policy)
                  .isEqualTo(CONSULTATION.contains(country) ? Severity.INFO : Severity.WARNING);
            }
          }
        }
      }
    }
    // NL: 2 councils x 2 monitorings x 3 sanctions; DE: 2 councils x 10 of the 12 pairs;
    // DK, NO, SE: 3 forms of representation x 2 monitorings x 3 sanctions each
    assertThat(fired).isEqualTo(12 + 20 + 3 * 18);
  }

  @Test
  void is_silent_when_the_policy_is_reviewed_on_a_schedule_or_asks_staff_to_check_back() {
    for (Decision review : List.of(Review.every(12), Review.none(), Review.checkBack())) {
      Policy policy =
          policy(
                  Country.DE,
                  EmployeeRepresentation.WORKS_COUNCIL,
                  Monitoring.activeMonitoring(),
                  Consequences.graduated())
              .toBuilder()
              .decide(review)
              .build();
      assertThat(RuleCorpusTest.CHECKER.check(policy).findingsOf(RULE)).as("%s", review).isEmpty();
    }
  }

  @Test
  void fires_even_when_the_representatives_approved_the_current_version() {
    Policy policy =
        policy(
                Country.NL,
                EmployeeRepresentation.WORKS_COUNCIL,
                Monitoring.activeMonitoring(),
                null)
            .toBuilder()
            .decide(Consultation.representativesApproved())
            .build();
    assertThat(RuleCorpusTest.CHECKER.check(policy).findingsOf(RULE)).hasSize(1);
  }

  @Test
  void speaks_of_the_country_s_law_and_advises_the_country_s_step() {
    for (Country country : List.of(Country.NL, Country.DE, Country.DK, Country.NO, Country.SE)) {
      Policy policy =
          policy(country, EmployeeRepresentation.BOTH, Monitoring.activeMonitoring(), null);
      Finding finding = RuleCorpusTest.CHECKER.check(policy).findingsOf(RULE).get(0);
      assertThat(finding.message().key()).isEqualTo("rule." + RULE + ".message." + country.code());
      assertThat(finding.advice().map(Message::key))
          .contains("rule." + RULE + ".advice." + country.code());
      for (Language language : Language.standard()) {
        assertThat(finding.message().format(language))
            .as("%s in %s", country, language)
            .isNotBlank()
            .doesNotContain("{");
      }
    }
    Finding dutch =
        RuleCorpusTest.CHECKER
            .check(
                policy(
                    Country.NL,
                    EmployeeRepresentation.WORKS_COUNCIL,
                    Monitoring.activeMonitoring(),
                    null))
            .findingsOf(RULE)
            .get(0);
    assertThat(dutch.message().format(Language.DUTCH))
        .contains("artikel 27 lid 1 onder k en l WOR", "artikel 27 lid 5 WOR", "nietig");
  }

  @Test
  void its_fix_is_a_yearly_review_that_silences_it_and_draws_no_new_objection() {
    List<Policy> policies = new ArrayList<>();
    for (Country country : List.of(Country.NL, Country.DE, Country.DK, Country.NO, Country.SE)) {
      for (EmployeeRepresentation representation :
          List.of(
              EmployeeRepresentation.WORKS_COUNCIL,
              EmployeeRepresentation.UNION,
              EmployeeRepresentation.BOTH)) {
        policies.add(
            policy(
                country, representation, Monitoring.activeMonitoring(), Consequences.graduated()));
      }
    }
    int applied = 0;
    for (Policy policy : policies) {
      Report report = RuleCorpusTest.CHECKER.check(policy);
      for (Finding finding : report.findingsOf(RULE)) {
        assertThat(finding.suggestions()).hasSize(1);
        Suggestion fix = finding.suggestions().get(0);
        assertThat(fix.decisions()).containsExactly(Review.every(12));
        assertThat(fix.verified()).as("%s", policy).isTrue();
        Report after = RuleCorpusTest.CHECKER.check(fix.applyTo(policy));
        assertThat(after.findingsOf(RULE)).isEmpty();
        assertThat(Objections.added(report, after)).as("%s", policy).isEmpty();
        applied++;
      }
    }
    // NL and DE with a union only have no works council to consent
    assertThat(applied).isEqualTo(policies.size() - 2);
  }

  static Policy policy(
      Country country,
      EmployeeRepresentation representation,
      @Nullable Decision monitoring,
      @Nullable Decision consequences) {
    Policy.Builder builder =
        Policy.builder()
            .organisation(
                Organisation.builder()
                    .name("Acme")
                    .country(country)
                    .employeeRepresentation(representation)
                    .build())
            .decide(Review.changedWithoutNotice());
    if (monitoring != null) {
      builder.decide(monitoring);
    }
    if (consequences != null) {
      builder.decide(consequences);
    }
    return builder.build();
  }
}
