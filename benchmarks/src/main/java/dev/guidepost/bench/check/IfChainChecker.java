package dev.guidepost.bench.check;

import dev.guidepost.policy.model.Policy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The first reference: the standard rules as a hand-written chain of {@code if} statements, in the
 * order of the rule table, each building its finding directly. Checking verifies the suggestions
 * the way Guidepost does (see {@link Verification}), so the findings are identical.
 */
public final class IfChainChecker {
  private final Clock clock = Clock.systemUTC();

  /** Creates the checker, with the system clock in UTC as the standard checker has. */
  public IfChainChecker() {}

  /**
   * Checks a policy.
   *
   * @param policy the policy
   * @return the findings, verified and in report order
   */
  public List<FindingView> check(Policy policy) {
    LocalDate today = LocalDate.now(clock);
    return Verification.check(p -> evaluate(p, today), policy);
  }

  /**
   * Runs every rule once, without verifying suggestions.
   *
   * @param p the policy
   * @param today today's date
   * @return the findings in the order the rules ran
   */
  static List<FindingView> evaluate(Policy p, LocalDate today) {
    List<FindingView> out = new ArrayList<>();
    if (AdvocacyByHand.vsWorkingHoursBan(p)) {
      AdvocacyByHand.vsWorkingHoursBan(p, out);
    }
    if (AdvocacyByHand.vsCentralCommunication(p)) {
      AdvocacyByHand.vsCentralCommunication(p, out);
    }
    if (AdvocacyByHand.needsShareableContent(p)) {
      AdvocacyByHand.needsShareableContent(p, out);
    }
    if (AdvocacyByHand.needsDisclosure(p)) {
      AdvocacyByHand.needsDisclosure(p, out);
    }
    if (AdvocacyByHand.speakingNeedsDisclosure(p)) {
      AdvocacyByHand.speakingNeedsDisclosure(p, out);
    }
    if (LegalByHand.credentials(p)) {
      LegalByHand.credentials(p, out);
    }
    if (LegalByHand.monitoringConsent(p)) {
      LegalByHand.monitoringConsent(p, out);
    }
    if (LegalByHand.criticismWithoutChannel(p)) {
      LegalByHand.criticismWithoutChannel(p, out);
    }
    if (LegalByHand.criticismUsNlra(p)) {
      LegalByHand.criticismUsNlra(p, out);
    }
    if (LegalByHand.criticismPublicEmployees(p)) {
      LegalByHand.criticismPublicEmployees(p, out);
    }
    if (LegalByHand.usRightsNotice(p)) {
      LegalByHand.usRightsNotice(p, out);
    }
    if (AdvocacyByHand.profileDisclosureNotEnough(p)) {
      AdvocacyByHand.profileDisclosureNotEnough(p, out);
    }
    if (AdvocacyByHand.pharmaProducts(p)) {
      AdvocacyByHand.pharmaProducts(p, out);
    }
    if (PracticeByHand.reviewOverdue(p, today)) {
      PracticeByHand.reviewOverdue(p, today, out);
    }
    if (PresenceByHand.needOwnership(p)) {
      PresenceByHand.needOwnership(p, out);
    }
    if (PresenceByHand.needOffboarding(p)) {
      PresenceByHand.needOffboarding(p, out);
    }
    if (PresenceByHand.needOwner(p)) {
      PresenceByHand.needOwner(p, out);
    }
    if (PresenceByHand.needsPurpose(p)) {
      PresenceByHand.needsPurpose(p, out);
    }
    if (PresenceByHand.purposeNeedsMeasurement(p)) {
      PresenceByHand.purposeNeedsMeasurement(p, out);
    }
    if (PracticeByHand.noObligationToConnect(p)) {
      PracticeByHand.noObligationToConnect(p, out);
    }
    if (PracticeByHand.timeLimit(p)) {
      PracticeByHand.timeLimit(p, out);
    }
    if (PresenceByHand.regulatedSector(p)) {
      PresenceByHand.regulatedSector(p, out);
    }
    if (PracticeByHand.sanctionsProportionality(p)) {
      PracticeByHand.sanctionsProportionality(p, out);
    }
    if (PracticeByHand.coreAreas(p)) {
      PracticeByHand.coreAreas(p, out);
    }
    if (PracticeByHand.needsReview(p)) {
      PracticeByHand.needsReview(p, out);
    }
    if (PresenceByHand.brokerArchiving(p)) {
      PresenceByHand.brokerArchiving(p, out);
    }
    if (PresenceByHand.pharmaInteractions(p)) {
      PresenceByHand.pharmaInteractions(p, out);
    }
    if (LegalByHand.publicSectorImpartiality(p)) {
      LegalByHand.publicSectorImpartiality(p, out);
    }
    if (LegalByHand.anonymityVsUsRights(p)) {
      LegalByHand.anonymityVsUsRights(p, out);
    }
    if (ParametersByHand.required(p)) {
      ParametersByHand.required(p, out);
    }
    if (ParametersByHand.inRange(p)) {
      ParametersByHand.inRange(p, out);
    }
    if (LegalByHand.payTalk(p)) {
      LegalByHand.payTalk(p, out);
    }
    if (LegalByHand.usWorkingTime(p)) {
      LegalByHand.usWorkingTime(p, out);
    }
    if (LegalByHand.deCompanyAccounts(p)) {
      LegalByHand.deCompanyAccounts(p, out);
    }
    if (LegalByHand.whistleblowing(p)) {
      LegalByHand.whistleblowing(p, out);
    }
    if (LegalByHand.criticismPrivateEmployeesNorway(p)) {
      LegalByHand.criticismPrivateEmployeesNorway(p, out);
    }
    if (LegalByHand.criticismUsPublicEmployees(p)) {
      LegalByHand.criticismUsPublicEmployees(p, out);
    }
    if (LegalByHand.criticismPubliclyFundedSweden(p)) {
      LegalByHand.criticismPubliclyFundedSweden(p, out);
    }
    if (RightsByHand.deConductRules(p)) {
      RightsByHand.deConductRules(p, out);
    }
    if (RightsByHand.photos(p)) {
      RightsByHand.photos(p, out);
    }
    if (RightsByHand.privateUseVsMonitoring(p)) {
      RightsByHand.privateUseVsMonitoring(p, out);
    }
    if (RightsByHand.gbHarassment(p)) {
      RightsByHand.gbHarassment(p, out);
    }
    if (RightsByHand.gbProtectedBelief(p)) {
      RightsByHand.gbProtectedBelief(p, out);
    }
    if (RightsByHand.audienceOnARuleForEveryone(p)) {
      RightsByHand.audienceOnARuleForEveryone(p, out);
    }
    if (NoticeByHand.usMonitoring(p)) {
      NoticeByHand.usMonitoring(p, out);
    }
    if (NoticeByHand.usImmunityNotice(p)) {
      NoticeByHand.usImmunityNotice(p, out);
    }
    if (LegalByHand.usAccuracy(p)) {
      LegalByHand.usAccuracy(p, out);
    }
    if (NoticeByHand.usPolitics(p)) {
      NoticeByHand.usPolitics(p, out);
    }
    if (UsWorkByHand.approval(p)) {
      UsWorkByHand.approval(p, out);
    }
    if (UsWorkByHand.legalMatters(p)) {
      UsWorkByHand.legalMatters(p, out);
    }
    if (UsWorkByHand.disparagement(p)) {
      UsWorkByHand.disparagement(p, out);
    }
    if (UsWorkByHand.monitoring(p)) {
      UsWorkByHand.monitoring(p, out);
    }
    if (RightsByHand.changesNeedRepresentatives(p)) {
      RightsByHand.changesNeedRepresentatives(p, out);
    }
    return out;
  }
}
