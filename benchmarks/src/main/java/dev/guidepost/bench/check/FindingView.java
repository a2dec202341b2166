package dev.guidepost.bench.check;

import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.check.Suggestion;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.source.Sources;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A finding as every engine in these benchmarks reports it: everything a Guidepost {@link Finding}
 * holds, in a record that code outside Guidepost can build. Two engines agree when they give equal
 * lists of views.
 *
 * @param rule the rule's id
 * @param severity the severity
 * @param areas the areas involved, in order
 * @param facts the facts that fired the rule, in order
 * @param message what is wrong
 * @param advice what to do, if the rule says
 * @param sources the rule's sources
 * @param suggestions the suggested fixes, each marked verified or not
 */
public record FindingView(
    String rule,
    Severity severity,
    List<String> areas,
    List<Fact> facts,
    Message message,
    @Nullable Message advice,
    Sources sources,
    List<Fix> suggestions) {

  /**
   * A suggested fix: decisions to make, and whether the checker verified them.
   *
   * @param decisions the decisions, each replacing the policy's decision for its area
   * @param verified whether applying them clears the finding and adds no error
   */
  public record Fix(List<Decision> decisions, boolean verified) {
    /**
     * Returns an unverified fix.
     *
     * @param decisions the decisions
     * @return the fix
     */
    public static Fix of(Decision... decisions) {
      return new Fix(List.of(decisions), false);
    }

    /**
     * Returns the policy with this fix's decisions made.
     *
     * @param policy a policy
     * @return a new policy
     */
    public Policy applyTo(Policy policy) {
      Policy.Builder fixed = policy.toBuilder();
      decisions.forEach(fixed::decide);
      return fixed.build();
    }
  }

  /** The order of a {@link Report}: severity, rule id, areas, facts. */
  public static final Comparator<FindingView> ORDER =
      Comparator.comparing(FindingView::severity)
          .thenComparing(FindingView::rule)
          .thenComparing(f -> String.join(",", f.areas()))
          .thenComparing(f -> f.facts().toString());

  /**
   * Returns the view of a Guidepost finding.
   *
   * @param finding the finding
   * @return its view
   */
  public static FindingView of(Finding finding) {
    return new FindingView(
        finding.rule(),
        finding.severity(),
        finding.areas(),
        finding.facts(),
        finding.message(),
        finding.advice().orElse(null),
        finding.sources(),
        finding.suggestions().stream().map(FindingView::fix).toList());
  }

  private static Fix fix(Suggestion suggestion) {
    return new Fix(suggestion.decisions(), suggestion.verified());
  }

  /**
   * Returns the views of a report's findings, in the report's order.
   *
   * @param report the report
   * @return the views
   */
  public static List<FindingView> of(Report report) {
    return report.findings().stream().map(FindingView::of).toList();
  }

  /**
   * Returns a finding whose areas are those its facts are about, in order: the way a declarative
   * rule reports.
   *
   * @param rule the rule's id
   * @param severity the severity
   * @param facts the facts
   * @param message the message
   * @param advice the advice, if any
   * @param sources the rule's sources
   * @param suggestions the suggestions, unverified
   * @return the finding
   */
  public static FindingView fromFacts(
      String rule,
      Severity severity,
      List<Fact> facts,
      Message message,
      @Nullable Message advice,
      Sources sources,
      List<Fix> suggestions) {
    Set<Fact> distinct = new LinkedHashSet<>(facts);
    Set<String> areas = new LinkedHashSet<>();
    for (Fact fact : distinct) {
      if (fact.kind() == Fact.Kind.DECISION
          || fact.kind() == Fact.Kind.NOT_ADDRESSED
          || fact.kind() == Fact.Kind.PARAMETER) {
        areas.add(fact.subject());
      }
    }
    return new FindingView(
        rule,
        severity,
        List.copyOf(areas),
        List.copyOf(distinct),
        message,
        advice,
        sources,
        suggestions);
  }

  /**
   * Returns this finding with other suggestions.
   *
   * @param suggestions the suggestions
   * @return a new view
   */
  public FindingView withSuggestions(List<Fix> suggestions) {
    return new FindingView(
        rule, severity, areas, facts, message, advice, sources, new ArrayList<>(suggestions));
  }

  /**
   * Returns what identifies this finding when the checker compares two runs: rule, areas, message.
   *
   * @return the key
   */
  public Key key() {
    return new Key(rule, areas, message);
  }

  /**
   * What identifies a finding across two runs of the same rules.
   *
   * @param rule the rule's id
   * @param areas the areas
   * @param message the message
   */
  public record Key(String rule, List<String> areas, Message message) {}
}
