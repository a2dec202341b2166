package dev.guidepost.render.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.AskFirst;
import dev.guidepost.policy.standard.Consequences;
import dev.guidepost.policy.standard.Contact;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.policy.standard.Sanction;
import dev.guidepost.policy.standard.Subject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The clauses of issue 12: advice and a required approval read differently, and listed sanctions
 * are named in order of gravity.
 */
class AskFirstAndSanctionsTest {
  private static String english(Policy policy) {
    return DocumentText.of(ComposerTest.compose(policy, Language.ENGLISH));
  }

  @Test
  void advice_names_whom_to_ask_about_what_and_says_that_no_approval_is_needed() {
    Policy policy =
        Preset.BALANCED.policyFor(ComposerTest.ACME).toBuilder()
            .decide(
                AskFirst.advice(
                    List.of(Contact.LINE_MANAGER, Contact.LEGAL),
                    List.of(Subject.LEGAL_MATTERS, Subject.CUSTOMERS)))
            .build();
    assertThat(english(policy))
        .contains(
            "If you are in doubt about a post on legal matters or customers, get advice from your"
                + " manager and the legal department before you publish it. Asking is a help, not"
                + " a requirement for approval: the decision to post is yours.");
  }

  @Test
  void a_required_approval_names_whose_approval_for_what() {
    Policy policy =
        Preset.BALANCED.policyFor(ComposerTest.ACME).toBuilder()
            .decide(
                AskFirst.approvalRequired(
                    List.of(Contact.COMMUNICATIONS),
                    List.of(Subject.FINANCIAL_RESULTS, Subject.INCIDENTS, Subject.PROMOTIONS)))
            .build();
    assertThat(english(policy))
        .contains(
            "Before you post about financial results, serious incidents or promotions, get"
                + " approval from the communications team. Do not publish the post until it has"
                + " been approved.")
        .doesNotContain("Asking is a help");
    assertThat(DocumentText.of(ComposerTest.compose(policy, Language.DANISH)))
        .contains(
            "Før du poster om økonomiske resultater, alvorlige hændelser eller kampagner, skal du"
                + " have godkendelse fra kommunikationsafdelingen.");
  }

  @Test
  void listed_sanctions_are_named_in_order_of_gravity_in_every_language() {
    Policy policy =
        Preset.BALANCED.policyFor(ComposerTest.ACME).toBuilder()
            .decide(
                Consequences.listedSanctions(
                    Sanction.SUMMARY_DISMISSAL,
                    Sanction.CONVERSATION,
                    Sanction.ORDINARY_DISMISSAL,
                    Sanction.WRITTEN_WARNING))
            .build();
    assertThat(english(policy))
        .contains(
            "Depending on how serious a breach of these guidelines is, the possible consequences"
                + " are a conversation with your manager, a written warning, dismissal with notice"
                + " and summary dismissal.");
    assertThat(DocumentText.of(ComposerTest.compose(policy, Language.NORWEGIAN)))
        .contains(
            "Mulige reaksjoner er en samtale med nærmeste leder, en skriftlig advarsel,"
                + " oppsigelse og avskjed.");
  }
}
