package dev.guidepost.policy.rules;

import dev.guidepost.policy.check.ChangeChecker;
import dev.guidepost.policy.check.Checker;
import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.standard.Monitoring;
import java.util.List;

/**
 * The built-in rules, in the order of the rule table: contradictions between decisions, legal rules
 * of the organisation's country and sector, gaps, and parameter checks.
 *
 * <p>Each rule cites its source; findings are guidance, not legal advice. The list is immutable and
 * every rule is stateless and thread-safe. The rule engine ({@code policy.check}) knows none of
 * them: this class assembles the standard set.
 */
public final class StandardRules {
  private static final List<Rule> ALL =
      List.of(
          AdvocacyRules.VS_WORKING_HOURS_BAN,
          AdvocacyRules.VS_CENTRAL_COMMUNICATION,
          AdvocacyRules.NEEDS_SHAREABLE_CONTENT,
          AdvocacyRules.NEEDS_DISCLOSURE,
          AdvocacyRules.SPEAKING_NEEDS_DISCLOSURE,
          LegalRules.CREDENTIALS_NEVER_REQUESTED,
          LegalRules.MONITORING_NEEDS_CONSENT,
          LegalRules.CRITICISM_BAN_WITHOUT_CHANNEL,
          LegalRules.CRITICISM_BAN_US_NLRA,
          LegalRules.CRITICISM_BAN_PUBLIC_EMPLOYEES,
          LegalRules.US_RIGHTS_NOTICE,
          AdvocacyRules.PROFILE_DISCLOSURE_NOT_ENOUGH,
          AdvocacyRules.PHARMA_PRODUCTS,
          new ReviewOverdueRule(),
          PresenceRules.NEED_OWNERSHIP,
          PresenceRules.NEED_OFFBOARDING,
          PresenceRules.NEED_OWNER,
          PresenceRules.NEEDS_PURPOSE,
          PresenceRules.PURPOSE_NEEDS_MEASUREMENT,
          PracticeRules.NO_OBLIGATION_TO_CONNECT,
          ParameterRules.TIME_LIMIT_IN_RANGE,
          PresenceRules.REGULATED_SECTOR,
          PracticeRules.SANCTIONS_PROPORTIONALITY,
          PracticeRules.CORE_AREAS_ADDRESSED,
          PracticeRules.POLICY_NEEDS_REVIEW,
          PresenceRules.BROKER_ARCHIVING,
          PresenceRules.PHARMA_INTERACTIONS,
          LegalRules.PUBLIC_SECTOR_IMPARTIALITY,
          LegalRules.ANONYMITY_VS_US_RIGHTS,
          ParameterRules.REQUIRED,
          ParameterRules.IN_RANGE,
          AudienceRules.AUDIENCE_ON_A_RULE_FOR_EVERYONE,
          LegalRules.CONFIDENTIALITY_MUST_ALLOW_PAY_TALK,
          LegalRules.US_WORKING_TIME_WORDING,
          LegalRules.DE_COMPANY_ACCOUNTS_NEED_WORKS_COUNCIL,
          LegalRules.CRITICISM_BAN_NEEDS_WHISTLEBLOWING,
          LegalRules.NO_CRITICISM_BAN_PRIVATE_EMPLOYEES,
          LegalRules.US_CRITICISM_BAN_PUBLIC_EMPLOYEES,
          LegalRules.SE_CRITICISM_BAN_PUBLICLY_FUNDED,
          EmployeeRightsRules.DE_CONDUCT_RULES_NEED_WORKS_COUNCIL,
          EmployeeRightsRules.PHOTOS_NEED_CONSENT,
          EmployeeRightsRules.PRIVATE_USE_VS_MONITORING,
          EmployeeRightsRules.GB_HARASSMENT_PREVENTION,
          EmployeeRightsRules.GB_PROTECTED_BELIEF_SANCTIONS,
          NoticeRules.US_MONITORING_NEEDS_NOTICE,
          NoticeRules.US_CONFIDENTIALITY_NEEDS_IMMUNITY_NOTICE,
          LegalRules.US_ACCURACY_RULE_TOO_BROAD,
          StateLawRules.US_POLITICAL_ACTIVITY_STATE_LAWS,
          UsWorkRules.US_APPROVAL_BEFORE_POSTING,
          UsWorkRules.US_LEGAL_MATTERS_CONFIDENTIAL,
          UsWorkRules.US_DISPARAGEMENT_BAN,
          UsWorkRules.US_MONITORING_VS_CONCERTED_ACTIVITY,
          ChangeRules.CHANGES_NEED_REPRESENTATIVES);

  private static final Checker CHECKER = Checker.builder().addAll(ALL).build();

  private static final ChangeChecker CHANGE_CHECKER =
      ChangeChecker.of(List.of(new MonitoringNoticeRule()), List.of(Monitoring.ID));

  private StandardRules() {}

  /**
   * Returns the checker with every built-in rule, the standard texts and the system clock in UTC;
   * derive another from it with {@link Checker#toBuilder()}.
   *
   * @return the shared standard checker
   */
  public static Checker checker() {
    return CHECKER;
  }

  /**
   * Returns the checker of changes between two versions of a policy, with the built-in rules about
   * time: {@code monitoring-change-notice}, for monitoring that takes effect too soon after
   * employees are told of it.
   *
   * @return the shared standard change checker
   */
  public static ChangeChecker changeChecker() {
    return CHANGE_CHECKER;
  }

  /**
   * Returns every built-in rule.
   *
   * @return an immutable list in the order of the rule table, then the generic parameter checks
   */
  public static List<Rule> all() {
    return ALL;
  }
}
