package dev.guidepost.policy.check;

import dev.guidepost.policy.internal.Ids;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.message.MessageBundle;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Policy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a change between two versions of a policy against {@link ChangeRule}s: each rule judges
 * the change once for each of the newer version's countries, home country first, and each verdict
 * becomes a {@link Finding} with the rule's id and sources, the verdict's severity and message
 * (bound to the standard messages unless bound to its own), the areas the rule names and the newer
 * version's decisions on them and the country as facts. Findings come in rule order, then country
 * order. Immutable and thread-safe.
 *
 * <pre>{@code
 * List<Finding> findings = StandardRules.changeChecker().check(older, newer);
 * }</pre>
 */
public final class ChangeChecker {
  private final List<ChangeRule> rules;
  private final List<String> areas;

  private ChangeChecker(List<ChangeRule> rules, List<String> areas) {
    this.rules = rules;
    this.areas = areas;
  }

  /**
   * Returns a checker of the given rules, whose findings name the given areas.
   *
   * @param rules the rules, with distinct ids
   * @param areas the ids of the areas the rules are about, such as {@code monitoring}
   * @return the checker
   * @throws IllegalArgumentException if two rules share an id or an area id is not kebab-case
   */
  public static ChangeChecker of(List<ChangeRule> rules, List<String> areas) {
    Set<String> ids = new HashSet<>();
    for (ChangeRule rule : rules) {
      if (!ids.add(Ids.requireKebabCase("a rule id", rule.id()))) {
        throw new IllegalArgumentException("two change rules have the id '" + rule.id() + "'");
      }
    }
    areas.forEach(area -> Ids.requireKebabCase("an area", area));
    return new ChangeChecker(List.copyOf(rules), List.copyOf(areas));
  }

  /**
   * Checks the change from one version to the next.
   *
   * @param older the version before the change
   * @param newer the version after it
   * @return the findings, possibly none
   */
  public List<Finding> check(Policy older, Policy newer) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    List<Finding> findings = new ArrayList<>();
    for (ChangeRule rule : rules) {
      for (Country country : newer.organisation().countries()) {
        rule.judge(older, newer, newer.organisation().in(country))
            .ifPresent(verdict -> findings.add(finding(rule, verdict, newer, country)));
      }
    }
    return List.copyOf(findings);
  }

  private Finding finding(
      ChangeRule rule, ChangeRule.Verdict verdict, Policy newer, Country country) {
    Message message = verdict.message();
    if (message.bundle().isEmpty() && !message.key().isEmpty()) {
      message = message.in(MessageBundle.standard());
    }
    return Finding.builder()
        .rule(rule.id())
        .severity(verdict.severity())
        .sources(rule.sources())
        .message(message)
        .areas(areas)
        .facts(areas.stream().map(area -> Fact.state(newer, area)).toList())
        .addFacts(Fact.of(Fact.Kind.COUNTRY, "country", country.code()))
        .build();
  }
}
