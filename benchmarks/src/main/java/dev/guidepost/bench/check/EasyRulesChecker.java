package dev.guidepost.bench.check;

import dev.guidepost.policy.model.Policy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * The second reference: Easy Rules firing the standard rules as lambdas, the same tests and
 * findings the {@link IfChainChecker} calls, one Easy Rules rule per built-in rule. The facts are
 * the policy, today's date and the list the findings go to. The rules are built once; checking
 * verifies the suggestions the way Guidepost does, so the findings are identical.
 */
public final class EasyRulesChecker {
  private static final String POLICY = "policy";
  private static final String TODAY = "today";
  private static final String FINDINGS = "findings";

  private final Clock clock = Clock.systemUTC();
  private final RulesEngine engine = new DefaultRulesEngine();
  private final Rules rules = new Rules();

  /** Builds the rules. */
  public EasyRulesChecker() {
    add(
        "advocacy-vs-working-hours-ban",
        AdvocacyByHand::vsWorkingHoursBan,
        AdvocacyByHand::vsWorkingHoursBan);
    add(
        "advocacy-vs-central-communication",
        AdvocacyByHand::vsCentralCommunication,
        AdvocacyByHand::vsCentralCommunication);
    add(
        "advocacy-needs-shareable-content",
        AdvocacyByHand::needsShareableContent,
        AdvocacyByHand::needsShareableContent);
    add(
        "advocacy-needs-disclosure",
        AdvocacyByHand::needsDisclosure,
        AdvocacyByHand::needsDisclosure);
    add(
        "speaking-for-company-needs-disclosure",
        AdvocacyByHand::speakingNeedsDisclosure,
        AdvocacyByHand::speakingNeedsDisclosure);
    add("credentials-never-requested", LegalByHand::credentials, LegalByHand::credentials);
    add("monitoring-needs-consent", LegalByHand::monitoringConsent, LegalByHand::monitoringConsent);
    add(
        "criticism-ban-without-internal-channel",
        LegalByHand::criticismWithoutChannel,
        LegalByHand::criticismWithoutChannel);
    add("criticism-ban-us-nlra", LegalByHand::criticismUsNlra, LegalByHand::criticismUsNlra);
    add(
        "criticism-ban-public-employees",
        LegalByHand::criticismPublicEmployees,
        LegalByHand::criticismPublicEmployees);
    add("us-policy-needs-rights-notice", LegalByHand::usRightsNotice, LegalByHand::usRightsNotice);
    add(
        "profile-disclosure-not-enough",
        AdvocacyByHand::profileDisclosureNotEnough,
        AdvocacyByHand::profileDisclosureNotEnough);
    add(
        "pharma-advocacy-of-products",
        AdvocacyByHand::pharmaProducts,
        AdvocacyByHand::pharmaProducts);
    rules.register(
        new RuleBuilder()
            .name("review-overdue")
            .priority(rules.size())
            .when(facts -> PracticeByHand.reviewOverdue(facts.get(POLICY), facts.get(TODAY)))
            .then(
                facts ->
                    PracticeByHand.reviewOverdue(
                        facts.get(POLICY), facts.get(TODAY), facts.get(FINDINGS)))
            .build());
    add(
        "company-accounts-need-ownership",
        PresenceByHand::needOwnership,
        PresenceByHand::needOwnership);
    add(
        "company-accounts-need-offboarding",
        PresenceByHand::needOffboarding,
        PresenceByHand::needOffboarding);
    add("company-accounts-need-owner", PresenceByHand::needOwner, PresenceByHand::needOwner);
    add("presence-needs-purpose", PresenceByHand::needsPurpose, PresenceByHand::needsPurpose);
    add(
        "purpose-needs-measurement",
        PresenceByHand::purposeNeedsMeasurement,
        PresenceByHand::purposeNeedsMeasurement);
    add(
        "no-obligation-to-connect",
        PracticeByHand::noObligationToConnect,
        PracticeByHand::noObligationToConnect);
    add("time-limit-in-range", PracticeByHand::timeLimit, PracticeByHand::timeLimit);
    add(
        "regulated-sector-needs-compliance",
        PresenceByHand::regulatedSector,
        PresenceByHand::regulatedSector);
    add(
        "sanctions-need-proportionality",
        PracticeByHand::sanctionsProportionality,
        PracticeByHand::sanctionsProportionality);
    add("core-areas-addressed", PracticeByHand::coreAreas, PracticeByHand::coreAreas);
    add("policy-needs-review", PracticeByHand::needsReview, PracticeByHand::needsReview);
    add(
        "broker-posts-need-archiving",
        PresenceByHand::brokerArchiving,
        PresenceByHand::brokerArchiving);
    add(
        "pharma-interactions-count",
        PresenceByHand::pharmaInteractions,
        PresenceByHand::pharmaInteractions);
    add(
        "public-sector-impartiality",
        LegalByHand::publicSectorImpartiality,
        LegalByHand::publicSectorImpartiality);
    add(
        "anonymity-vs-us-rights",
        LegalByHand::anonymityVsUsRights,
        LegalByHand::anonymityVsUsRights);
    add("parameter-required", ParametersByHand::required, ParametersByHand::required);
    add("parameter-in-range", ParametersByHand::inRange, ParametersByHand::inRange);
    add("confidentiality-must-allow-pay-talk", LegalByHand::payTalk, LegalByHand::payTalk);
    add("us-working-time-wording", LegalByHand::usWorkingTime, LegalByHand::usWorkingTime);
    add(
        "de-company-accounts-need-works-council",
        LegalByHand::deCompanyAccounts,
        LegalByHand::deCompanyAccounts);
    add(
        "criticism-ban-needs-whistleblowing-carve-out",
        LegalByHand::whistleblowing,
        LegalByHand::whistleblowing);
    add(
        "no-criticism-ban-private-employees",
        LegalByHand::criticismPrivateEmployeesNorway,
        LegalByHand::criticismPrivateEmployeesNorway);
    add(
        "us-criticism-ban-public-employees",
        LegalByHand::criticismUsPublicEmployees,
        LegalByHand::criticismUsPublicEmployees);
    add(
        "se-criticism-ban-publicly-funded-providers",
        LegalByHand::criticismPubliclyFundedSweden,
        LegalByHand::criticismPubliclyFundedSweden);
    add(
        "de-conduct-rules-need-works-council",
        RightsByHand::deConductRules,
        RightsByHand::deConductRules);
    add("photos-need-consent", RightsByHand::photos, RightsByHand::photos);
    add(
        "private-use-vs-monitoring",
        RightsByHand::privateUseVsMonitoring,
        RightsByHand::privateUseVsMonitoring);
    add("gb-harassment-prevention", RightsByHand::gbHarassment, RightsByHand::gbHarassment);
    add(
        "gb-protected-belief-sanctions",
        RightsByHand::gbProtectedBelief,
        RightsByHand::gbProtectedBelief);
    add(
        "audience-on-a-rule-for-everyone",
        RightsByHand::audienceOnARuleForEveryone,
        RightsByHand::audienceOnARuleForEveryone);
    add("us-monitoring-needs-notice", NoticeByHand::usMonitoring, NoticeByHand::usMonitoring);
    add(
        "us-confidentiality-needs-immunity-notice",
        NoticeByHand::usImmunityNotice,
        NoticeByHand::usImmunityNotice);
    add("us-accuracy-rule-too-broad", LegalByHand::usAccuracy, LegalByHand::usAccuracy);
    add("us-political-activity-state-laws", NoticeByHand::usPolitics, NoticeByHand::usPolitics);
    add("us-approval-before-posting", UsWorkByHand::approval, UsWorkByHand::approval);
    add("us-legal-matters-confidentiality", UsWorkByHand::legalMatters, UsWorkByHand::legalMatters);
    add("us-disparagement-ban-too-broad", UsWorkByHand::disparagement, UsWorkByHand::disparagement);
    add("us-monitoring-vs-concerted-activity", UsWorkByHand::monitoring, UsWorkByHand::monitoring);
    add(
        "changes-need-representatives",
        RightsByHand::changesNeedRepresentatives,
        RightsByHand::changesNeedRepresentatives);
  }

  private void add(
      String name, Predicate<Policy> when, BiConsumer<Policy, List<FindingView>> then) {
    Rule rule =
        new RuleBuilder()
            .name(name)
            .priority(rules.size())
            .when(facts -> when.test(facts.get(POLICY)))
            .then(facts -> then.accept(facts.get(POLICY), facts.get(FINDINGS)))
            .build();
    rules.register(rule);
  }

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

  private List<FindingView> evaluate(Policy policy, LocalDate today) {
    List<FindingView> findings = new ArrayList<>();
    Facts facts = new Facts();
    facts.put(POLICY, policy);
    facts.put(TODAY, today);
    facts.put(FINDINGS, findings);
    engine.fire(rules, facts);
    return findings;
  }

  /**
   * Returns the number of rules, one per built-in rule.
   *
   * @return the number
   */
  public int size() {
    return rules.size();
  }
}
