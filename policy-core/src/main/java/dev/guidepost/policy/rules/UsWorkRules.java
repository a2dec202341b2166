package dev.guidepost.policy.rules;

import static dev.guidepost.policy.condition.Conditions.all;
import static dev.guidepost.policy.condition.Conditions.contains;
import static dev.guidepost.policy.condition.Conditions.country;
import static dev.guidepost.policy.condition.Conditions.is;
import static dev.guidepost.policy.condition.Conditions.not;
import static dev.guidepost.policy.condition.Conditions.sector;

import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.condition.Condition;
import dev.guidepost.policy.condition.DeclarativeRule;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.source.Source;
import dev.guidepost.policy.source.Sources;
import dev.guidepost.policy.standard.AskFirst;
import dev.guidepost.policy.standard.Confidentiality;
import dev.guidepost.policy.standard.Disparagement;
import dev.guidepost.policy.standard.Monitoring;
import dev.guidepost.policy.standard.Topic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Work rules of US private employers that the NLRB has read as chilling employees' right to discuss
 * their pay and working conditions (National Labor Relations Act § 7): approval before posting, a
 * ban on commenting on legal matters, and a ban on disparaging the organisation or its people. None
 * fires for a public employer, whom the Act does not cover.
 */
final class UsWorkRules {
  private UsWorkRules() {}

  /**
   * A US employer the National Labor Relations Act covers: not a public employer. Every rule of
   * this package that speaks to US private employers uses this one condition.
   */
  static final Condition US_PRIVATE = all(country(Country.US), not(sector(Sector.PUBLIC_SECTOR)));

  /**
   * The Board's decision on G4S's social media policy: a rule against commenting on "work-related
   * legal matters" without permission was unlawful. Decided under the standard Stericycle returned
   * to; the holding was read in a secondary summary, the decision's header in a stored copy.
   */
  private static final Source G4S_2016 =
      Source.decision(Laws.US, "G4S Secure Solutions (USA) Inc., 364 NLRB No. 92 (2016)")
          .dated(LocalDate.of(2016, 8, 26))
          .readIn(
              "Practical Law Labor & Employment (Thomson Reuters), law stated as of 1 Sep 2017");

  /**
   * Requiring approval before employees post about the organisation can be read as requiring
   * permission for protected activity (General Motors, NLRB ALJ 2012, on "check with GM"; G4S,
   * 2016, on comments "without express permission of the Legal Department"). The lawful form offers
   * advice and leaves the decision to post to the employee. Financial-services firms are left out:
   * securities rules can require a broker-dealer to approve some communications before they go out,
   * and advice in place of approval would not be a lawful fix there.
   */
  static final Rule US_APPROVAL_BEFORE_POSTING =
      DeclarativeRule.builder("us-approval-before-posting")
          .severity(Severity.WARNING)
          .sources(
              Sources.of(Laws.NLRA_7, Laws.STERICYCLE, G4S_2016, Laws.GENERAL_MOTORS_ALJ_2012)
                  .reviewed(Laws.REVIEWED_4_DEC_2026))
          .when(
              all(
                  US_PRIVATE,
                  not(sector(Sector.FINANCIAL_SERVICES)),
                  is(AskFirst.APPROVAL_REQUIRED)))
          .suggest(UsWorkRules::adviceInstead)
          .build();

  /**
   * A confidentiality rule that covers legal matters can be read to bar employees from discussing
   * complaints and legal action about their working conditions (G4S, 2016).
   */
  static final Rule US_LEGAL_MATTERS_CONFIDENTIAL =
      DeclarativeRule.builder("us-legal-matters-confidentiality")
          .severity(Severity.WARNING)
          .sources(
              Sources.of(Laws.NLRA_7, Laws.STERICYCLE, G4S_2016).reviewed(Laws.REVIEWED_4_DEC_2026))
          .when(
              all(
                  US_PRIVATE,
                  contains(
                      Confidentiality.LISTED_TOPICS,
                      Confidentiality.TOPICS,
                      Topic.LEGAL_MATTERS.id())))
          .suggest(UsWorkRules::withoutLegalMatters)
          .build();

  /**
   * A ban on disparaging the organisation, its management or colleagues reaches criticism of the
   * employer about pay and working conditions (Three D, 2014: a rule against "inappropriate
   * discussions about the company, management, and/or co-workers"). A ban on knowingly false claims
   * about products is narrower; harassment of colleagues is a matter for a harassment rule.
   */
  static final Rule US_DISPARAGEMENT_BAN =
      DeclarativeRule.builder("us-disparagement-ban-too-broad")
          .severity(Severity.WARNING)
          .sources(
              Sources.of(Laws.NLRA_7, Laws.STERICYCLE, Laws.THREE_D)
                  .reviewed(Laws.REVIEWED_4_DEC_2026))
          .when(all(US_PRIVATE, is(Disparagement.COMPANY_OR_PEOPLE)))
          .suggest(Disparagement.productsAndServices())
          .build();

  /**
   * Following employees' posts is not unlawful in itself, but surveillance of protected activity
   * is: a supervisor who searched suspected union supporters' personal Facebook profiles violated §
   * 8(a)(1) (AdvancePierre Foods, 2018; the holding read in a secondary summary, the decision's
   * header in a stored copy). Advice only: the lawful form depends on how the monitoring is used.
   */
  static final Rule US_MONITORING_VS_CONCERTED_ACTIVITY =
      DeclarativeRule.builder("us-monitoring-vs-concerted-activity")
          .severity(Severity.INFO)
          .sources(
              Sources.of(
                      Laws.NLRA_8_A_1,
                      Source.decision(Laws.US, "AdvancePierre Foods, Inc., 366 NLRB No. 133 (2018)")
                          .dated(LocalDate.of(2018, 7, 19))
                          .readIn(
                              "Practical Law Labor & Employment (Thomson Reuters), law stated as"
                                  + " of 24 Jul 2020"))
                  .reviewed(Laws.REVIEWED_4_DEC_2026))
          .when(all(US_PRIVATE, is(Monitoring.PUBLIC_CONTENT_ONLY, Monitoring.ACTIVE_MONITORING)))
          .build();

  /** The policy's approval route turned into advice: the same contacts and subjects. */
  private static List<Decision> adviceInstead(Policy policy) {
    return policy
        .decision(AskFirst.ID)
        .map(
            decision -> {
              Decision advice = Decision.of(AskFirst.ADVICE);
              for (var value : decision.values().entrySet()) {
                advice = advice.withValue(value.getKey(), value.getValue());
              }
              return List.of(advice);
            })
        .orElse(List.of());
  }

  /**
   * The policy's confidential topics without legal matters, every other choice kept; no suggestion
   * when legal matters is the only topic.
   */
  private static List<Decision> withoutLegalMatters(Policy policy) {
    return policy
        .decision(Confidentiality.ID)
        .map(
            decision -> {
              List<String> topics =
                  new ArrayList<>(
                      decision
                          .value(Confidentiality.TOPICS)
                          .map(ParameterValue::asList)
                          .orElse(List.of()));
              topics.remove(Topic.LEGAL_MATTERS.id());
              return topics.isEmpty()
                  ? List.<Decision>of()
                  : List.of(
                      decision.withValue(Confidentiality.TOPICS, ParameterValue.ofChoices(topics)));
            })
        .orElse(List.of());
  }
}
