package dev.guidepost.policy.rules;

import static dev.guidepost.policy.condition.Conditions.all;
import static dev.guidepost.policy.condition.Conditions.any;
import static dev.guidepost.policy.condition.Conditions.contains;
import static dev.guidepost.policy.condition.Conditions.country;
import static dev.guidepost.policy.condition.Conditions.is;
import static dev.guidepost.policy.condition.Conditions.missing;
import static dev.guidepost.policy.condition.Conditions.not;

import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.condition.Condition;
import dev.guidepost.policy.condition.DeclarativeRule;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.source.Source;
import dev.guidepost.policy.source.Sources;
import dev.guidepost.policy.standard.Confidentiality;
import dev.guidepost.policy.standard.Connections;
import dev.guidepost.policy.standard.Consequences;
import dev.guidepost.policy.standard.Criticism;
import dev.guidepost.policy.standard.Review;
import dev.guidepost.policy.standard.Sanction;
import dev.guidepost.policy.standard.Topic;
import dev.guidepost.policy.standard.WorkingHours;
import java.util.ArrayList;
import java.util.List;

/** Rules of good practice: the core areas, connections, sanctions and review. */
final class PracticeRules {
  private PracticeRules() {}

  /**
   * Dismissal without a gentler first step: {@code dismissal-possible}, or listed sanctions that
   * name a dismissal but neither a conversation nor a written warning.
   */
  static final Rule SANCTIONS_PROPORTIONALITY =
      DeclarativeRule.builder("sanctions-need-proportionality")
          .severity(Severity.INFO)
          .sources(Sources.of(Practice.SEVEN_POINTS.at("6")))
          .when(
              any(
                  is(Consequences.DISMISSAL_POSSIBLE),
                  all(
                      any(listed(Sanction.ORDINARY_DISMISSAL), listed(Sanction.SUMMARY_DISMISSAL)),
                      not(listed(Sanction.CONVERSATION)),
                      not(listed(Sanction.WRITTEN_WARNING)))))
          .suggest(Consequences.graduated())
          .build();

  static final Rule NO_OBLIGATION_TO_CONNECT =
      DeclarativeRule.builder("no-obligation-to-connect")
          .severity(Severity.WARNING)
          .sources(Sources.of(Practice.SEVEN_POINTS.at("2")))
          .when(all(is(Connections.EXPECTED_TO_CONNECT), CoversCondition.employeesOwnUse()))
          .suggest(Connections.freeToDecline())
          .suggest(Connections.managersDoNotInitiate())
          .build();

  /**
   * Working hours and criticism are core areas only where the articles that name them were written:
   * working hours in the Danish seven points (item 1) and the Dutch three tips, criticism in the
   * seven points (item 6), the Norwegian ground rules and the Dutch item (written after a dismissal
   * for negative posts). Confidentiality is named by the seven points (item 4) and the ground rules
   * and is addressed by every published policy the project has encoded, so its absence is a gap
   * anywhere; the absence of the other two outside those countries is not evidence of one (two of
   * the eight published policies address working hours, two criticism).
   */
  private static final Condition WORKING_HOURS_GAP =
      all(country(Country.DK, Country.NL), missing(WorkingHours.ID));

  private static final Condition CRITICISM_GAP =
      all(
          country(Country.DK, Country.NO, Country.NL),
          any(missing(Criticism.ID), all(is(Criticism.NOT_ADDRESSED), CoversCondition.unsaid())));

  static final Rule CORE_AREAS_ADDRESSED =
      DeclarativeRule.builder("core-areas-addressed")
          .severity(Severity.WARNING)
          .sources(
              Sources.of(
                  Practice.SEVEN_POINTS.at("1, 4, 6"), Practice.GROUND_RULES, Practice.THREE_TIPS))
          .when(
              any(
                  missing(Confidentiality.ID),
                  all(any(WORKING_HOURS_GAP, CRITICISM_GAP), CoversCondition.employeesOwnUse())))
          .suggest(PracticeRules::coreAreas)
          .build();

  /**
   * A policy without a regular review. Its message says which case it is: none at all, a request
   * that employees check back for changes, changes made without notice, or nothing said.
   */
  static final Rule POLICY_NEEDS_REVIEW =
      DeclarativeRule.builder("policy-needs-review")
          .severity(Severity.INFO)
          .messageWhen(is(Review.CHECK_BACK), "check-back")
          .messageWhen(is(Review.CHANGED_WITHOUT_NOTICE), "changed-without-notice")
          .messageWhen(missing(Review.ID), "not-addressed")
          .sources(Sources.of(Source.commonPractice()))
          .when(
              any(
                  missing(Review.ID),
                  is(Review.NONE, Review.CHECK_BACK, Review.CHANGED_WITHOUT_NOTICE)))
          .suggest(Review.every(12))
          .build();

  private static Condition listed(Sanction sanction) {
    return contains(Consequences.LISTED_SANCTIONS, Consequences.SANCTIONS, sanction.id());
  }

  private static List<Decision> coreAreas(Policy policy) {
    List<Decision> decisions = new ArrayList<>();
    if (policy.decision(Confidentiality.ID).isEmpty()) {
      decisions.add(
          Confidentiality.listedTopics(
              Topic.CUSTOMERS, Topic.FINANCIALS, Topic.COMPANY_INFORMATION, Topic.PERSONAL_DATA));
    }
    if (!CoversCondition.employeesOwnUse().test(policy)) {
      return decisions;
    }
    if (WORKING_HOURS_GAP.test(policy)) {
      decisions.add(WorkingHours.breaksOnly());
    }
    if (CRITICISM_GAP.test(policy)) {
      decisions.add(Criticism.raiseInternallyFirst());
    }
    return decisions;
  }
}
