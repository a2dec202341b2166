package dev.guidepost.policy.check;

import dev.guidepost.policy.message.MessageBundle;
import dev.guidepost.policy.model.Policy;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A rule as one checker runs it: not suppressed, with the severity the checker may have imposed,
 * what it reads, and whether its findings can be objections (errors or warnings).
 */
final class ActiveRule {
  private final Rule rule;
  private final @Nullable Severity imposed;
  private final Reads reads;
  private final boolean canObject;

  ActiveRule(Rule rule, @Nullable Severity imposed) {
    this.rule = rule;
    this.imposed = imposed;
    this.reads = rule.reads();
    this.canObject =
        imposed != null
            ? objects(imposed)
            : rule.severities().stream().anyMatch(ActiveRule::objects);
  }

  Rule rule() {
    return rule;
  }

  /** What the rule reads; see {@link Rule#reads()}. */
  Reads reads() {
    return reads;
  }

  /**
   * Whether the rule's findings can be objections (errors or warnings), after any severity the
   * checker imposes.
   */
  boolean canObject() {
    return canObject;
  }

  /**
   * Whether a finding of a severity objects to a policy: errors and warnings do, information does
   * not. A verified suggestion adds no objection.
   */
  static boolean objects(Severity severity) {
    return severity != Severity.INFO;
  }

  /** Whether re-running the rule can change its findings when some areas change. */
  boolean affectedBy(Set<String> changed) {
    return reads.affectedBy(changed);
  }

  /** Whether the rule judges each decision on its own; see {@link Reads#eachDecision()}. */
  boolean perDecision() {
    return reads.perDecision();
  }

  /** The severity of the rule's findings for a policy, after any severity the checker imposes. */
  Severity severityFor(Policy policy) {
    return imposed != null ? imposed : rule.severityFor(policy);
  }

  /**
   * Runs the rule in each country's view of a policy and stamps its findings with its id, severity
   * and source and the texts. A finding that more than one country gives is kept once; a rule that
   * depends on the country tells the countries apart by the country fact of its findings, and a
   * finding that several countries give alike but for that fact is kept once, naming each of them
   * (see {@link CountryFindings}).
   */
  List<Finding> run(CountryViews policy, RuleContext context, MessageBundle messages) {
    List<Policy> views = policy.all();
    if (views.size() == 1) {
      return runIn(views.get(0), context, messages);
    }
    CountryFindings found = new CountryFindings();
    for (Policy view : views) {
      found.add(runIn(view, context, messages));
    }
    return found.all();
  }

  private List<Finding> runIn(Policy policy, RuleContext context, MessageBundle messages) {
    Sink sink = new Sink();
    rule.check(policy, context, sink);
    return sink.isEmpty()
        ? List.of()
        : sink.finish(rule.id(), severityFor(policy), rule.sources(), messages, policy);
  }
}
