package dev.guidepost.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.CarveOut;
import dev.guidepost.policy.standard.Confidentiality;
import dev.guidepost.policy.standard.Contact;
import dev.guidepost.policy.standard.CustomerReferences;
import dev.guidepost.policy.standard.ProductClaims;
import dev.guidepost.policy.standard.Promotions;
import dev.guidepost.policy.standard.Topic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the legal rules read the finer confidentiality choices: the wider pay carve-out, the advice
 * to take care (not a ban), the new topics, and the approval of product claims (not a pre-approval
 * of posts).
 */
class ConfidentialityGrainRulesTest {
  private static final List<Country> PAY_TALK_COUNTRIES =
      List.of(Country.US, Country.GB, Country.NL, Country.DE, Country.DK, Country.SE);

  private static List<String> rulesFired(Country country, Decision decision) {
    Policy policy =
        Policy.builder().organisation(Organisation.of("Acme", country)).decide(decision).build();
    return RuleCorpusTest.CHECKER.check(policy).findings().stream()
        .map(finding -> finding.rule())
        .toList();
  }

  private static List<Decision> bansReachingPay(List<CarveOut> carveOuts) {
    return List.of(
        Confidentiality.listedTopics(List.of(Topic.COLLEAGUES), carveOuts),
        Confidentiality.listedTopics(List.of(Topic.PAY_AND_WORKING_CONDITIONS), carveOuts),
        carveOuts.isEmpty()
            ? Confidentiality.allInternalInformation()
            : Confidentiality.allInternalInformation(carveOuts.toArray(CarveOut[]::new)));
  }

  @Test
  void the_wider_pay_carve_out_satisfies_the_pay_talk_rule_where_the_narrow_one_is_missing() {
    for (Country country : PAY_TALK_COUNTRIES) {
      for (Decision ban : bansReachingPay(List.of())) {
        assertThat(rulesFired(country, ban))
            .as("%s %s without a carve-out", country, ban)
            .contains("confidentiality-must-allow-pay-talk");
      }
      for (Decision ban : bansReachingPay(List.of(CarveOut.DISCUSSING_PAY_AND_CONDITIONS))) {
        assertThat(rulesFired(country, ban))
            .as("%s %s", country, ban)
            .doesNotContain("confidentiality-must-allow-pay-talk");
      }
      for (Decision ban :
          bansReachingPay(
              List.of(CarveOut.REVIEWS_ON_JOB_SITES, CarveOut.DISCUSSING_PAY_AND_CONDITIONS))) {
        assertThat(rulesFired(country, ban))
            .as("%s %s, the pay carve-out not first", country, ban)
            .doesNotContain("confidentiality-must-allow-pay-talk");
      }
    }
  }

  @Test
  void other_carve_outs_do_not_satisfy_the_pay_talk_rule() {
    for (Decision ban :
        bansReachingPay(List.of(CarveOut.REVIEWS_ON_JOB_SITES, CarveOut.REPORTING_WRONGDOING))) {
      assertThat(rulesFired(Country.US, ban))
          .as("%s", ban)
          .contains("confidentiality-must-allow-pay-talk");
    }
  }

  @Test
  void advice_to_take_care_is_not_read_as_a_ban() {
    for (Country country : PAY_TALK_COUNTRIES) {
      assertThat(rulesFired(country, Confidentiality.careAdvised()))
          .as("%s", country)
          .doesNotContain(
              "confidentiality-must-allow-pay-talk",
              "us-confidentiality-needs-immunity-notice",
              "us-legal-matters-confidentiality");
    }
    for (Country country : List.of(Country.US, Country.GB, Country.DE, Country.SE)) {
      assertThat(rulesFired(country, Confidentiality.careAdvised()))
          .as("%s: confidentiality is addressed", country)
          .doesNotContain("core-areas-addressed");
    }
  }

  @Test
  void the_new_topics_are_bans_that_need_the_immunity_notice_but_do_not_reach_pay() {
    for (Topic topic :
        List.of(
            Topic.UNDER_CONFIDENTIALITY_AGREEMENT,
            Topic.OPERATIONAL_PLANS,
            Topic.MARKED_INTERNAL)) {
      List<String> fired = rulesFired(Country.US, Confidentiality.listedTopics(topic));
      assertThat(fired)
          .as("%s", topic)
          .contains("us-confidentiality-needs-immunity-notice")
          .doesNotContain(
              "confidentiality-must-allow-pay-talk", "us-legal-matters-confidentiality");
    }
  }

  @Test
  void approvals_of_claims_promotions_and_customer_references_are_not_a_pre_approval_of_posts() {
    for (Decision claims :
        List.of(
            ProductClaims.substantiatedAndApproved(),
            ProductClaims.substantiatedOnly(),
            Promotions.approvalRequired(Contact.LEGAL),
            CustomerReferences.withTheirApproval(),
            CustomerReferences.publishedReferencesOnly())) {
      assertThat(rulesFired(Country.US, claims))
          .as("%s", claims)
          .doesNotContain("us-approval-before-posting");
    }
  }
}
