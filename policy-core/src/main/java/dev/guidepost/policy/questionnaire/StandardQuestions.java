package dev.guidepost.policy.questionnaire;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.standard.AccessManagement;
import dev.guidepost.policy.standard.AccountOwnership;
import dev.guidepost.policy.standard.Accuracy;
import dev.guidepost.policy.standard.Advocacy;
import dev.guidepost.policy.standard.AskFirst;
import dev.guidepost.policy.standard.CarveOut;
import dev.guidepost.policy.standard.CompanyPresence;
import dev.guidepost.policy.standard.Confidentiality;
import dev.guidepost.policy.standard.Contact;
import dev.guidepost.policy.standard.Covers;
import dev.guidepost.policy.standard.Defamation;
import dev.guidepost.policy.standard.Disparagement;
import dev.guidepost.policy.standard.Governance;
import dev.guidepost.policy.standard.HarassmentAndDiscrimination;
import dev.guidepost.policy.standard.Moderation;
import dev.guidepost.policy.standard.Monitoring;
import dev.guidepost.policy.standard.OfficialPage;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.policy.standard.PrivateUse;
import dev.guidepost.policy.standard.Promotions;
import dev.guidepost.policy.standard.Purpose;
import dev.guidepost.policy.standard.RecordKeeping;
import dev.guidepost.policy.standard.RoleRepresentation;
import dev.guidepost.policy.standard.Shareable;
import dev.guidepost.policy.standard.Spokespersons;
import dev.guidepost.policy.standard.Subject;
import dev.guidepost.policy.standard.ThreatsAndObscenity;
import dev.guidepost.policy.standard.Topic;
import dev.guidepost.policy.standard.WorkingHours;
import java.util.ArrayList;
import java.util.List;

/**
 * The ten questions of the standard questionnaire: first what the document covers, then seven from
 * the seeds and two ({@code ask-first} and {@code conduct}) from the published policies of issue
 * 12. Every default answer is the balanced preset's decision, so unanswered questions leave the
 * balanced policy as it is.
 */
final class StandardQuestions {
  private StandardQuestions() {}

  static List<Question> all() {
    return List.of(
        covers(),
        companyPresence(),
        spokespersons(),
        advocacy(),
        workingHours(),
        privateUse(),
        confidentiality(),
        askFirst(),
        conduct(),
        monitoring());
  }

  /**
   * Issue 12: a guideline for employees' own use, a handbook for the organisation's accounts, or
   * both, as the balanced preset has it. The rules then ask only for what that document settles.
   */
  private static Question covers() {
    return Question.builder("covers")
        .defaultAnswer("both", Covers.both())
        .answer("employees-own-use", Covers.employeesOwnUse())
        .answer("official-accounts", Covers.officialAccounts())
        .build();
  }

  /**
   * Seed 004 items 1 to 4: the company's own presence and all that comes with it, as the balanced
   * preset has it (LinkedIn and Facebook, a social media manager, pages the company owns).
   */
  private static Question companyPresence() {
    return Question.builder("company-presence")
        .defaultAnswer(
            "official-accounts",
            balanced(
                CompanyPresence.ID,
                Purpose.ID,
                Governance.ID,
                AccountOwnership.ID,
                OfficialPage.ID,
                AccessManagement.ID,
                RecordKeeping.ID,
                Moderation.ID,
                Promotions.ID))
        .answer(
            "no-accounts",
            CompanyPresence.none(),
            AccountOwnership.companyOwns(),
            Promotions.notRun())
        .build();
  }

  /** Seeds 001 and 004 item 5: who speaks for the company. */
  private static Question spokespersons() {
    return Question.builder("spokespersons")
        .answer("communications-only", Spokespersons.communicationsOnly())
        .defaultAnswer("authorized-employees", Spokespersons.authorizedEmployees())
        .answer("all-employees", Spokespersons.allEmployeesWithinGuidelines())
        .build();
  }

  /** Seed 004 item 7 and seed 001 ("encourage instead of restrict"). */
  private static Question advocacy() {
    return Question.builder("advocacy")
        .answer(
            "encouraged",
            Advocacy.encouraged(
                Shareable.NEWS, Shareable.JOB_POSTINGS, Shareable.EVENTS, Shareable.EXPERTISE))
        .answer("encouraged-voluntary", Advocacy.encouragedVoluntary())
        .defaultAnswer("voluntary", Advocacy.voluntary())
        .answer("not-allowed", Advocacy.notAllowed())
        .build();
  }

  /** Seed 000 item 1: a ban, a daily time limit, or up to the employees themselves. */
  private static Question workingHours() {
    return Question.builder("working-hours")
        .answer("employee-discretion", WorkingHours.employeeDiscretion())
        .answer("time-limited", WorkingHours.timeLimited(30))
        .defaultAnswer("breaks-only", WorkingHours.breaksOnly())
        .answer("prohibited", WorkingHours.prohibited())
        .build();
  }

  /**
   * Seeds 002 and 003: private use and when the employer can be identified; or, as GitLab, the BBC
   * and Best Buy write, in their own time whether or not it can.
   */
  private static Question privateUse() {
    return Question.builder("private-use")
        .defaultAnswer("private-matter", PrivateUse.privateMatter())
        .answer("when-identifiable", PrivateUse.guidelinesApplyWhenIdentifiable())
        .answer("always", PrivateUse.guidelinesAlwaysApply())
        .build();
  }

  /**
   * Seed 000 item 4 (products, customers, company), or the balanced preset's wider list after seed
   * 002 (finances, colleagues, personal data too). Every answer, like the presets, states that the
   * rule does not cover employees' own pay and working conditions.
   */
  private static Question confidentiality() {
    return Question.builder("confidentiality")
        .answer(
            "core-topics",
            Confidentiality.listedTopics(
                List.of(Topic.PRODUCTS, Topic.CUSTOMERS, Topic.COMPANY_INFORMATION),
                List.of(CarveOut.OWN_PAY_AND_CONDITIONS)))
        .defaultAnswer("wider-topics", balanced(Confidentiality.ID))
        .answer(
            "all-internal-information",
            Confidentiality.allInternalInformation(CarveOut.OWN_PAY_AND_CONDITIONS))
        .build();
  }

  /**
   * Issue 12, after GitLab, Intel, IBM, Best Buy and Coca-Cola: the standards of conduct in their
   * narrow wordings, as the balanced preset has them, or with the broad standards of accuracy
   * ("true and not misleading") and of obscenity, as the restrictive preset has them.
   */
  private static Question conduct() {
    return Question.builder("conduct")
        .defaultAnswer(
            "specific",
            balanced(
                Accuracy.ID,
                HarassmentAndDiscrimination.ID,
                ThreatsAndObscenity.ID,
                Defamation.ID,
                RoleRepresentation.ID,
                Disparagement.ID))
        .answer(
            "strict",
            Accuracy.trueAndNotMisleading(),
            HarassmentAndDiscrimination.prohibited(),
            ThreatsAndObscenity.noThreatsOrObscenity(),
            Defamation.falseAndDamaging(),
            RoleRepresentation.noMisrepresentation(),
            Disparagement.productsAndServices())
        .build();
  }

  /**
   * Issue 12: whether employees ask for advice before they post about sensitive subjects, as the
   * balanced preset has it, need approval first, as the restrictive preset has it, or neither.
   */
  private static Question askFirst() {
    return Question.builder("ask-first")
        .defaultAnswer("advice", balanced(AskFirst.ID))
        .answer(
            "approval-required",
            AskFirst.approvalRequired(
                List.of(Contact.COMMUNICATIONS, Contact.LEGAL),
                List.of(Subject.FINANCIAL_RESULTS, Subject.LEGAL_MATTERS, Subject.INCIDENTS)))
        .answer("not-addressed", AskFirst.notAddressed())
        .build();
  }

  /**
   * Seed 003 and its comments: whether and how the organisation monitors posts. No answer records
   * how the guidelines were made: the questionnaire does not ask, so the balanced preset's {@code
   * consultation = before-adoption} stays, whose clause says the guidelines take effect once they
   * have gone through the representatives the organisation has (their approval in the Netherlands
   * and Germany, a discussion in Denmark, Norway and Sweden). Monitoring that needs their approval
   * thus waits for it, and the draft claims no approval or consultation that has not happened.
   */
  private static Question monitoring() {
    return Question.builder("monitoring")
        .defaultAnswer("none", Monitoring.none())
        .answer("public-content-only", Monitoring.publicContentOnly())
        .answer("active-monitoring", Monitoring.activeMonitoring())
        .build();
  }

  /** Returns the balanced preset's decisions for some areas, in the order given. */
  private static Decision[] balanced(String... areas) {
    List<Decision> decisions = new ArrayList<>();
    for (String area : areas) {
      Preset.BALANCED.decisions().stream()
          .filter(d -> d.area().equals(area))
          .forEach(decisions::add);
    }
    return decisions.toArray(new Decision[0]);
  }
}
