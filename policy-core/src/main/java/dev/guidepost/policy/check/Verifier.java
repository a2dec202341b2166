package dev.guidepost.policy.check;

import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Policy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Verifies the suggestions of one check. A suggestion is verified when, applied to a copy of the
 * policy, it clears its finding and no rule objects to the copy with anything new: no error and no
 * warning, in any of the organisation's countries, that the policy did not already have. Only rules
 * that read an area the suggestion changes can find anything new, so only they are run again; and
 * as a key names its rule, a finding is cleared exactly when its own rule no longer reports it.
 * Equal suggestions of different findings share the copy of the policy and the search for new
 * objections. The result is the same as checking every copy with every rule.
 */
final class Verifier {
  private final Checker checker;
  private final Policy policy;
  private final RuleContext context;
  private final Map<ActiveRule, List<Finding>> found;
  private final Map<List<Decision>, Fixed> fixes = new HashMap<>();

  Verifier(
      Checker checker, Policy policy, RuleContext context, Map<ActiveRule, List<Finding>> found) {
    this.checker = checker;
    this.policy = policy;
    this.context = context;
    this.found = found;
  }

  /** Returns the finding of an active rule with each suggestion marked verified or not. */
  Finding verify(ActiveRule rule, Finding finding) {
    if (finding.suggestions().isEmpty()) {
      return finding;
    }
    List<Suggestion> suggestions = new ArrayList<>(finding.suggestions().size());
    for (Suggestion suggestion : finding.suggestions()) {
      suggestions.add(verified(rule, finding, suggestion) ? suggestion.asVerified() : suggestion);
    }
    return Finding.builder().from(finding).suggestions(suggestions).build();
  }

  private boolean verified(ActiveRule rule, Finding finding, Suggestion suggestion) {
    Fixed fixed = fixes.computeIfAbsent(suggestion.decisions(), d -> new Fixed(suggestion));
    if (!rule.affectedBy(fixed.changed)) {
      return false;
    }
    Key key = new Key(finding);
    for (Finding after : run(rule, fixed.views())) {
      if (key.equals(new Key(after))) {
        return false;
      }
    }
    return fixed.addsNoObjection();
  }

  private List<Finding> run(ActiveRule rule, CountryViews fixed) {
    return rule.run(fixed, context, checker.messages());
  }

  /**
   * A suggestion applied: the policy it gives and whether that has an error or a warning the
   * original lacks.
   */
  private final class Fixed {
    final Policy policy;
    final Set<String> changed = new HashSet<>();
    private @Nullable CountryViews views;
    private @Nullable CountryViews changedOnly;
    private @Nullable Boolean addsNoObjection;

    Fixed(Suggestion suggestion) {
      this.policy = suggestion.applyTo(Verifier.this.policy);
      suggestion.decisions().forEach(d -> changed.add(d.area()));
    }

    CountryViews views() {
      if (views == null) {
        views = CountryViews.of(policy);
      }
      return views;
    }

    boolean addsNoObjection() {
      if (addsNoObjection == null) {
        addsNoObjection = searchNoNewObjection();
      }
      return addsNoObjection;
    }

    private boolean searchNoNewObjection() {
      for (ActiveRule rule : checker.active().objectingRulesReading(changed)) {
        Map<Objection, Severity> before = objections(found.getOrDefault(rule, List.of()));
        CountryViews after = rule.perDecision() ? changedDecisionsOnly() : views();
        for (Map.Entry<Objection, Severity> objection : objections(run(rule, after)).entrySet()) {
          Severity had = before.get(objection.getKey());
          if (had == null || objection.getValue().compareTo(had) < 0) {
            return false;
          }
        }
      }
      return true;
    }

    /** The organisation with only the changed decisions: all a rule per decision needs. */
    private CountryViews changedDecisionsOnly() {
      if (changedOnly == null) {
        Policy.Builder changes = Policy.builder().organisation(policy.organisation());
        for (String area : changed) {
          policy.decision(area).ifPresent(changes::decide);
        }
        changedOnly = CountryViews.of(changes.build());
      }
      return changedOnly;
    }
  }

  /**
   * The objections among some findings (their errors and warnings), each with the most severe
   * severity it has.
   */
  private static Map<Objection, Severity> objections(List<Finding> findings) {
    Map<Objection, Severity> objections = new HashMap<>();
    for (Finding finding : findings) {
      if (ActiveRule.objects(finding.severity())) {
        objections.merge(
            new Objection(finding), finding.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
    }
    return objections;
  }

  /**
   * What a rule objects to, whatever areas it names: a finding that names fewer areas after a fix
   * (a gap partly filled) is the same objection, and a warning raised to an error is a new one.
   */
  private record Objection(String rule, Message message) {
    Objection(Finding finding) {
      this(finding.rule(), finding.message());
    }
  }

  /** What identifies a finding across two checks: its rule, areas and message. */
  private record Key(String rule, List<String> areas, Message message) {
    Key(Finding finding) {
      this(finding.rule(), finding.areas(), finding.message());
    }
  }
}
