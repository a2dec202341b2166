package dev.guidepost.policy.check;

import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Policy;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A check of a policy, with a stable id, a severity, a one-line summary and the source it rests on
 * (a seed article, a law or a guideline).
 *
 * <p>A rule reports into a {@link FindingSink}; the checker stamps each finding with the rule's id
 * and with {@link #severityFor(Policy)}. Rules must be stateless and thread-safe. A custom rule is
 * a lambda away:
 *
 * <pre>{@code
 * Rule noTikTok = Rule.of("no-tiktok", Severity.WARNING, "We are not on TikTok", "house rule",
 *     (policy, context, sink) -> {
 *       if (policy.decision("company-presence").map(d -> d.value("networks")
 *           .map(v -> v.asList().contains("tiktok")).orElse(false)).orElse(false)) {
 *         sink.report(Message.literal("TikTok is not one of our networks"))
 *             .area("company-presence");
 *       }
 *     });
 * }</pre>
 */
public interface Rule {
  /**
   * Returns the rule's stable id.
   *
   * @return a kebab-case id
   */
  String id();

  /**
   * Returns the rule's severity as listed; a jurisdiction rule may be more or less severe for some
   * organisations, see {@link #severityFor(Policy)}.
   *
   * @return the listed severity
   */
  Severity severity();

  /**
   * Returns the severity of this rule's findings for a policy.
   *
   * @param policy the policy checked
   * @return the severity; {@link #severity()} unless the rule depends on the jurisdiction
   */
  default Severity severityFor(Policy policy) {
    return severity();
  }

  /**
   * Returns every severity {@link #severityFor(Policy)} can give, for any policy. The checker looks
   * for new errors after a suggested fix only among rules that can report one.
   *
   * @return a non-empty set; by default every severity, which is always safe
   */
  default Set<Severity> severities() {
    return Set.copyOf(EnumSet.allOf(Severity.class));
  }

  /**
   * Returns what the rule reads. A checker verifies a suggested fix by running again only the rules
   * that read an area the fix changes, so a rule that declares what it reads is run less often; one
   * that declares less than it reads gets suggestions verified that should not be. A custom rule
   * that reads only the working-hours decision says so:
   *
   * <pre>{@code
   * Rule noBreaks = Rule.of("no-breaks", Severity.ERROR, "No breaks", "house rule",
   *     Reads.areas(Set.of(WorkingHours.ID)),
   *     (policy, context, sink) -> {
   *       if (policy.decision(WorkingHours.ID).filter(d -> d.is(WorkingHours.BREAKS_ONLY))
   *           .isPresent()) {
   *         sink.report(Message.literal("No breaks here")).area(WorkingHours.ID);
   *       }
   *     });
   * }</pre>
   *
   * <p>A declarative rule declares the areas of its conditions.
   *
   * @return by default {@link Reads#everything()}, which is always safe: the rule is then run again
   *     for every suggestion
   */
  default Reads reads() {
    return Reads.everything();
  }

  /**
   * Returns a one-line summary of what the rule looks for.
   *
   * @return the summary
   */
  Message summary();

  /**
   * Returns the source the rule rests on.
   *
   * @return a citation such as {@code NL WOR art. 27(1)(k),(l)}
   */
  String source();

  /**
   * Checks a policy and reports what it finds.
   *
   * @param policy the policy
   * @param context today's date and the catalogue
   * @param sink where to report findings
   */
  void check(Policy policy, RuleContext context, FindingSink sink);

  /** The check of a custom rule, usually a lambda. */
  @FunctionalInterface
  interface Check {
    /**
     * Checks a policy and reports what it finds.
     *
     * @param policy the policy
     * @param context today's date and the catalogue
     * @param sink where to report findings
     */
    void check(Policy policy, RuleContext context, FindingSink sink);
  }

  /**
   * Returns a custom rule that may read any decision, so it is run again for every suggestion.
   *
   * @param id a kebab-case id, unique in its checker
   * @param severity the severity of its findings
   * @param summary a one-line summary, in the language of its authors
   * @param source the source it rests on
   * @param check the check
   * @return the rule
   */
  static Rule of(String id, Severity severity, String summary, String source, Check check) {
    return of(id, severity, summary, source, Reads.everything(), check);
  }

  /**
   * Returns a custom rule that declares what it reads; see {@link #reads()}.
   *
   * @param id a kebab-case id, unique in its checker
   * @param severity the severity of its findings
   * @param summary a one-line summary, in the language of its authors
   * @param source the source it rests on
   * @param reads what the check reads
   * @param check the check
   * @return the rule
   */
  static Rule of(
      String id, Severity severity, String summary, String source, Reads reads, Check check) {
    Objects.requireNonNull(check, "check");
    Message message = Message.literal(Objects.requireNonNull(summary, "summary"));
    return new CustomRule(id, severity, message, source, reads, check);
  }
}
