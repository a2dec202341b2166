package dev.guidepost.render.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.check.Checker;
import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.standard.AskFirst;
import dev.guidepost.policy.standard.CarveOut;
import dev.guidepost.policy.standard.Confidentiality;
import dev.guidepost.policy.standard.Consequences;
import dev.guidepost.policy.standard.Contact;
import dev.guidepost.policy.standard.Criticism;
import dev.guidepost.policy.standard.Disparagement;
import dev.guidepost.policy.standard.Subject;
import dev.guidepost.policy.standard.Topic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What {@code fix} makes of the policies the law condemns: the fix must itself be lawful where the
 * organisation is. The US case follows the rule the NLRB held unlawful in Three D (2014): no
 * criticism of the company, all internal information confidential, dismissal as the sanction.
 */
class LawfulFixTest {
  private static final Checker CHECKER = StandardRules.checker();

  /** How each language told employees to complain to their manager instead of online. */
  private static final Map<Language, String> MANDATED_ROUTE =
      Map.of(
          Language.ENGLISH, "rather than online",
          Language.DANISH, "i stedet for på nettet",
          Language.SWEDISH, "i stället för på nätet",
          Language.NORWEGIAN, "og ikke på nettet",
          Language.DUTCH, "en niet online");

  private static Policy threeD(Organisation organisation) {
    return Policy.builder()
        .organisation(organisation)
        .decide(Criticism.prohibited())
        .decide(Confidentiality.allInternalInformation())
        .decide(Consequences.dismissalPossible())
        .build();
  }

  private static String text(Policy policy, Language language) {
    return DocumentText.of(Composer.standard().compose(policy, language));
  }

  /** The errors and warnings of rules that rest on US labour law. */
  private static List<Finding> usLabourLawObjections(Report report) {
    return report.findings().stream()
        .filter(f -> f.severity() != Severity.INFO)
        .filter(
            f ->
                f.sources().all().stream()
                    .anyMatch(s -> s.citation().startsWith("National Labor Relations Act")))
        .toList();
  }

  @Test
  void fixing_a_three_d_policy_gives_one_no_us_labour_law_rule_objects_to() {
    Policy policy = threeD(Organisation.of("Triple Play", Country.US));
    assertThat(usLabourLawObjections(CHECKER.check(policy)))
        .extracting(Finding::rule)
        .contains("criticism-ban-us-nlra", "confidentiality-must-allow-pay-talk");

    Policy fixed = CHECKER.fix(policy);

    assertThat(usLabourLawObjections(CHECKER.check(fixed))).isEmpty();
    assertThat(CHECKER.check(fixed).errors()).isEmpty();
    assertThat(fixed.decision(Criticism.ID)).hasValue(Criticism.raiseInternallyFirst());
    assertThat(fixed.decision(Confidentiality.ID))
        .hasValue(Confidentiality.allInternalInformation(CarveOut.OWN_PAY_AND_CONDITIONS));
    String english = text(fixed, Language.ENGLISH);
    assertThat(english)
        .doesNotContain("rather than online")
        .doesNotContain("take it up directly with your manager")
        .contains("does not limit your right to discuss your pay and working conditions")
        .contains("This does not cover your own pay and working conditions.");
  }

  @Test
  void fixing_a_danish_public_ban_on_criticism_does_not_hinder_speech_in_any_language() {
    Organisation municipality =
        Organisation.builder()
            .name("Nordby Kommune")
            .country(Country.DK)
            .sector(Sector.PUBLIC_SECTOR)
            .build();
    Policy fixed = CHECKER.fix(threeD(municipality));

    assertThat(CHECKER.check(fixed).findingsOf("criticism-ban-public-employees")).isEmpty();
    assertThat(CHECKER.check(fixed).findingsOf("confidentiality-must-allow-pay-talk")).isEmpty();
    assertThat(fixed.decision(Criticism.ID)).hasValue(Criticism.raiseInternallyFirst());
    MANDATED_ROUTE.forEach(
        (language, route) ->
            assertThat(text(fixed, language)).as("%s", language).doesNotContain(route));
  }

  @Test
  void the_internal_route_is_an_encouragement_that_names_the_rights_it_leaves_in_every_language() {
    Policy policy =
        Policy.builder()
            .organisation(Organisation.of("Acme", Country.NL))
            .decide(Criticism.raiseInternallyFirst())
            .build();
    Map<Language, String> rights =
        Map.of(
            Language.ENGLISH, "report wrongdoing",
            Language.DANISH, "indberette ulovligheder",
            Language.SWEDISH, "slå larm om missförhållanden",
            Language.NORWEGIAN, "varsle om kritikkverdige forhold",
            Language.DUTCH, "misstanden te melden");
    rights.forEach(
        (language, right) ->
            assertThat(text(policy, language))
                .as("%s", language)
                .contains(right)
                .doesNotContain(MANDATED_ROUTE.get(language)));
  }

  @Test
  void fixing_a_us_policy_that_asks_approval_and_bans_disparagement_gives_lawful_clauses() {
    Policy policy =
        Policy.builder()
            .organisation(Organisation.of("Acme", Country.US))
            .decide(
                AskFirst.approvalRequired(
                    List.of(Contact.LEGAL), List.of(Subject.LEGAL_MATTERS, Subject.ORGANISATION)))
            .decide(
                Confidentiality.listedTopics(
                    List.of(Topic.TRADE_SECRETS, Topic.LEGAL_MATTERS),
                    List.of(CarveOut.OWN_PAY_AND_CONDITIONS)))
            .decide(Disparagement.companyOrPeople())
            .build();
    assertThat(usLabourLawObjections(CHECKER.check(policy)))
        .extracting(Finding::rule)
        .contains(
            "us-approval-before-posting",
            "us-legal-matters-confidentiality",
            "us-disparagement-ban-too-broad");

    Policy fixed = CHECKER.fix(policy);

    assertThat(usLabourLawObjections(CHECKER.check(fixed))).isEmpty();
    String english = text(fixed, Language.ENGLISH);
    assertThat(english)
        .contains("the decision to post is yours")
        .doesNotContain("Do not publish the post until it has been approved")
        .doesNotContain("disparaging remarks about us")
        .contains("with claims you know to be untrue");
  }
}
