package dev.guidepost.policy.rules;

import static dev.guidepost.policy.condition.Conditions.any;
import static dev.guidepost.policy.condition.Conditions.boundTo;

import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.condition.Condition;
import dev.guidepost.policy.condition.DeclarativeRule;
import dev.guidepost.policy.model.Audience;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.source.Source;
import dev.guidepost.policy.source.Sources;
import java.util.List;

/**
 * Rules on whom a decision binds. A duty may bind only some people (accuracy for those who speak on
 * the organisation's behalf); a decision that protects employees, describes the organisation's own
 * accounts or says how the guidelines are run concerns everyone. The rules that look for such a
 * decision (a notice of rights, monitoring, employer access, sanctions, consultation) read it as
 * binding everyone, so a narrower audience on it would silence them without reason.
 */
final class AudienceRules {
  private AudienceRules() {}

  /** The standard areas whose decision must bind everyone. */
  static final List<String> FOR_EVERYONE =
      List.of(
          "scope",
          "people-in-scope",
          "company-presence",
          "purpose",
          "related-policies",
          "governance",
          "account-ownership",
          "official-page",
          "access-management",
          "record-keeping",
          "moderation",
          "promotions",
          "account-opening",
          "account-standards",
          "private-use",
          "employer-access",
          "monitoring",
          "consultation",
          "consequences",
          "review",
          "training",
          "rights-notice");

  static final Rule AUDIENCE_ON_A_RULE_FOR_EVERYONE =
      DeclarativeRule.builder("audience-on-a-rule-for-everyone")
          .severity(Severity.ERROR)
          .sources(Sources.of(Source.catalogue()))
          .when(any(FOR_EVERYONE.stream().map(AudienceRules::bound).toArray(Condition[]::new)))
          .suggest(AudienceRules::forEveryone)
          .build();

  private static Condition bound(String area) {
    return boundTo(area, Audience.values());
  }

  private static List<Decision> forEveryone(Policy policy) {
    return FOR_EVERYONE.stream()
        .flatMap(area -> policy.decision(area).stream())
        .filter(decision -> !decision.bindsEveryone())
        .map(
            decision ->
                Decision.builder()
                    .option(decision.option())
                    .putAllValues(decision.values())
                    .build())
        .toList();
  }
}
