package dev.guidepost.policy.check;

import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Policy;
import java.util.Objects;

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
   * Returns a custom rule.
   *
   * @param id a kebab-case id, unique in its checker
   * @param severity the severity of its findings
   * @param summary a one-line summary, in the language of its authors
   * @param source the source it rests on
   * @param check the check
   * @return the rule
   */
  static Rule of(String id, Severity severity, String summary, String source, Check check) {
    Objects.requireNonNull(check, "check");
    Message message = Message.literal(Objects.requireNonNull(summary, "summary"));
    return new CustomRule(id, severity, message, source, check);
  }
}
