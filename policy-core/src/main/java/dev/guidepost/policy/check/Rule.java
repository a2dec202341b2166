package dev.guidepost.policy.check;

import dev.guidepost.policy.internal.Ids;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.source.Source;
import dev.guidepost.policy.source.Sources;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A check of a policy, with a stable id, a severity, a one-line summary and the {@linkplain Sources
 * sources} it rests on (laws, decisions, guidance or published practice).
 *
 * <p>A rule reports into a {@link FindingSink}; the checker stamps each finding with the rule's id
 * and with {@link #severityFor(Policy)}. Rules must be stateless and thread-safe. A custom rule is
 * a lambda away:
 *
 * <pre>{@code
 * Rule noTikTok = Rule.builder("no-tiktok")
 *     .severity(Severity.WARNING)
 *     .summary("We are not on TikTok")
 *     .source("house rule")
 *     .reads(Reads.areas(Set.of(CompanyPresence.ID)))
 *     .check((policy, context, sink) -> {
 *       if (Conditions.contains(CompanyPresence.OFFICIAL_ACCOUNTS, "networks", "tiktok")
 *           .test(policy)) {
 *         sink.report(Message.literal("TikTok is not one of our networks"))
 *             .area(CompanyPresence.ID);
 *       }
 *     })
 *     .build();
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
   * Rule noBreaks = Rule.builder("no-breaks")
   *     .severity(Severity.ERROR)
   *     .summary("No breaks")
   *     .source("house rule")
   *     .reads(Reads.areas(Set.of(WorkingHours.ID)))
   *     .check((policy, context, sink) -> {
   *       if (Conditions.is(WorkingHours.BREAKS_ONLY).test(policy)) {
   *         sink.report(Message.literal("No breaks here")).area(WorkingHours.ID);
   *       }
   *     })
   *     .build();
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
   * Returns what the rule rests on.
   *
   * @return its sources, such as {@code artikel 27 lid 1 WOR} and the day they were last reviewed
   */
  Sources sources();

  /**
   * Checks a policy and reports what it finds.
   *
   * @param policy the policy
   * @param context today's date and the checker's texts
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
     * @param context today's date and the checker's texts
     * @param sink where to report findings
     */
    void check(Policy policy, RuleContext context, FindingSink sink);
  }

  /**
   * Returns a builder of a custom rule whose check is a lambda. Severity, summary, source and check
   * are required; what the rule reads is {@link Reads#everything()} unless declared.
   *
   * @param id a kebab-case id, unique in its checker
   * @return a builder
   * @throws IllegalArgumentException if the id is not kebab-case
   */
  static Builder builder(String id) {
    return new Builder(id);
  }

  /** Builds a custom rule; see {@link Rule#builder(String)}. Not thread-safe. */
  final class Builder {
    private final String id;
    private @Nullable Severity severity;
    private @Nullable Message summary;
    private @Nullable Sources sources;
    private Reads reads = Reads.everything();
    private @Nullable Check check;

    private Builder(String id) {
      this.id = Ids.requireKebabCase("a rule id", Objects.requireNonNull(id, "id"));
    }

    /**
     * Sets the severity of the rule's findings.
     *
     * @param severity the severity
     * @return this builder
     */
    public Builder severity(Severity severity) {
      this.severity = Objects.requireNonNull(severity, "severity");
      return this;
    }

    /**
     * Sets a one-line summary of what the rule looks for, in the language of its authors.
     *
     * @param summary the summary
     * @return this builder
     */
    public Builder summary(String summary) {
      this.summary = Message.literal(Objects.requireNonNull(summary, "summary"));
      return this;
    }

    /**
     * Sets the source the rule rests on to a text shown as written, such as a house rule; see
     * {@link Source#text(String)}.
     *
     * @param source the text
     * @return this builder
     * @throws IllegalArgumentException if the text is blank
     */
    public Builder source(String source) {
      return sources(Sources.of(Source.text(Objects.requireNonNull(source, "source"))));
    }

    /**
     * Sets what the rule rests on: laws, decisions, guidance or practice.
     *
     * @param sources the sources
     * @return this builder
     */
    public Builder sources(Sources sources) {
      this.sources = Objects.requireNonNull(sources, "sources");
      return this;
    }

    /**
     * Declares what the check reads; see {@link Rule#reads()}.
     *
     * @param reads what the check reads
     * @return this builder
     */
    public Builder reads(Reads reads) {
      this.reads = Objects.requireNonNull(reads, "reads");
      return this;
    }

    /**
     * Sets the check.
     *
     * @param check the check, usually a lambda
     * @return this builder
     */
    public Builder check(Check check) {
      this.check = Objects.requireNonNull(check, "check");
      return this;
    }

    /**
     * Builds the rule.
     *
     * @return the rule
     * @throws IllegalStateException if the severity, summary, source or check is missing
     */
    public Rule build() {
      return new CustomRule(
          id,
          required(severity, "severity"),
          required(summary, "summary"),
          required(sources, "source"),
          reads,
          required(check, "check"));
    }

    private <T> T required(@Nullable T value, String name) {
      if (value == null) {
        throw new IllegalStateException("the rule '" + id + "' has no " + name);
      }
      return value;
    }
  }
}
