package dev.guidepost.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.AskFirst;
import dev.guidepost.policy.standard.CarveOut;
import dev.guidepost.policy.standard.Confidentiality;
import dev.guidepost.policy.standard.Contact;
import dev.guidepost.policy.standard.Subject;
import dev.guidepost.policy.standard.Topic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixes the US work rules suggest keep every choice of the policy but the one they correct. */
class UsWorkRulesTest {
  private static Policy us(dev.guidepost.policy.model.Decision decision) {
    return Policy.builder()
        .organisation(Organisation.of("Acme", Country.US))
        .decide(decision)
        .build();
  }

  private static Finding only(Policy policy, String rule) {
    List<Finding> findings = RuleCorpusTest.CHECKER.check(policy).findingsOf(rule);
    assertThat(findings).hasSize(1);
    return findings.get(0);
  }

  @Test
  void approval_becomes_advice_from_the_same_contacts_on_the_same_subjects() {
    List<Contact> contacts = List.of(Contact.LEGAL, Contact.COMMUNICATIONS);
    List<Subject> subjects = List.of(Subject.LEGAL_MATTERS, Subject.INCIDENTS);
    Finding finding =
        only(us(AskFirst.approvalRequired(contacts, subjects)), "us-approval-before-posting");
    assertThat(finding.suggestions()).hasSize(1);
    assertThat(finding.suggestions().get(0).decisions())
        .containsExactly(AskFirst.advice(contacts, subjects));
  }

  @Test
  void legal_matters_leave_the_confidential_topics_and_the_carve_outs_stay() {
    Finding finding =
        only(
            us(
                Confidentiality.listedTopics(
                    List.of(Topic.LEGAL_MATTERS, Topic.TRADE_SECRETS, Topic.FINANCIALS),
                    List.of(CarveOut.OWN_PAY_AND_CONDITIONS))),
            "us-legal-matters-confidentiality");
    assertThat(finding.suggestions()).hasSize(1);
    assertThat(finding.suggestions().get(0).decisions())
        .containsExactly(
            Confidentiality.listedTopics(
                List.of(Topic.TRADE_SECRETS, Topic.FINANCIALS),
                List.of(CarveOut.OWN_PAY_AND_CONDITIONS)));
  }

  @Test
  void legal_matters_alone_get_advice_but_no_fix_that_would_leave_no_topic() {
    Finding finding =
        only(
            us(Confidentiality.listedTopics(Topic.LEGAL_MATTERS)),
            "us-legal-matters-confidentiality");
    assertThat(finding.suggestions()).isEmpty();
    assertThat(finding.advice()).isPresent();
  }
}
