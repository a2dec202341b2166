package dev.guidepost.policy.check;

import dev.guidepost.policy.message.MessageBundle;
import dev.guidepost.policy.model.Policy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks policies against a set of rules and verifies each suggested fix.
 *
 * <p>{@link #check(Policy)} never throws for a policy built from the catalogue: it returns a sorted
 * {@link Report}. For every finding it applies each suggestion to a copy of the policy and checks
 * again; a suggestion is {@linkplain Suggestion#verified() verified} only if it clears that finding
 * and no rule of the organisation's countries objects to the result: the changed policy has no
 * error and no warning, in any of those countries, that the original did not have. (A fix that
 * trades one legal problem for another, say a mandated internal route for a ban on criticism, is
 * therefore never verified; information findings do not count.) Checking again runs only the rules
 * that read an area the suggestion changes (a declarative rule knows what it reads; a lambda rule
 * is always run), so the cost of a check grows with the number of rules, not with its square.
 * {@link #validate(Policy)} is the only way to obtain a {@link ValidatedPolicy}.
 *
 * <p>Immutable, reusable and thread-safe; equal policies give equal reports.
 *
 * <pre>{@code
 * Checker checker = StandardRules.checker().toBuilder()
 *     .severity("no-obligation-to-connect", Severity.ERROR)
 *     .suppress("policy-needs-review")
 *     .build();
 * Report report = checker.check(policy);
 * }</pre>
 */
public final class Checker {
  private final List<Rule> rules;
  private final Set<String> suppressed;
  private final Map<String, Severity> severities;
  private final Clock clock;
  private final MessageBundle messages;
  private final ActiveRules active;

  private Checker(Builder builder) {
    this.rules = List.copyOf(builder.rules.values());
    this.suppressed = Set.copyOf(builder.suppressed);
    this.severities = Map.copyOf(builder.severities);
    this.clock = builder.clock;
    this.messages = builder.messages;
    List<ActiveRule> running = new ArrayList<>();
    for (Rule rule : rules) {
      if (!suppressed.contains(rule.id())) {
        running.add(new ActiveRule(rule, severities.get(rule.id())));
      }
    }
    this.active = new ActiveRules(running);
  }

  /**
   * Returns a builder with no rules.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this checker's rules and settings, to derive another checker.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder().addAll(rules).clock(clock);
    builder.messages = messages;
    builder.suppressed.addAll(suppressed);
    builder.severities.putAll(severities);
    return builder;
  }

  /**
   * Returns the rules, in the order they were added, including suppressed ones.
   *
   * @return an immutable list
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Returns the texts this checker's findings are written with: the standard texts with any of the
   * organisation's own laid over them. Each finding's message and advice are {@linkplain
   * dev.guidepost.policy.message.Message#in bound} to it; use it to write out a rule's summary or a
   * fact about an area of one's own.
   *
   * @return the bundle
   */
  public MessageBundle messages() {
    return messages;
  }

  /**
   * Returns a rule by id.
   *
   * @param id a rule id
   * @return the rule, or empty
   */
  public Optional<Rule> rule(String id) {
    return rules.stream().filter(rule -> rule.id().equals(id)).findFirst();
  }

  /**
   * Checks a policy.
   *
   * @param policy the policy
   * @return the report, with verified suggestions
   */
  public Report check(Policy policy) {
    Objects.requireNonNull(policy, "policy");
    RuleContext context = context();
    CountryViews views = CountryViews.of(policy);
    Map<ActiveRule, List<Finding>> found = new LinkedHashMap<>();
    for (ActiveRule rule : active.all()) {
      found.put(rule, rule.run(views, context, messages));
    }
    Verifier verifier = new Verifier(this, policy, context, found);
    List<Finding> verified = new ArrayList<>();
    found.forEach(
        (rule, findings) ->
            findings.forEach(finding -> verified.add(verifier.verify(rule, finding))));
    return new Report(verified, messages);
  }

  /**
   * Checks a policy and returns it as validated if it has no error.
   *
   * @param policy the policy
   * @return the validated policy, with the report of its warnings and infos
   * @throws InvalidPolicyException if the report has an error
   */
  public ValidatedPolicy validate(Policy policy) {
    Report report = check(policy);
    if (report.hasErrors()) {
      throw new InvalidPolicyException(report);
    }
    return new ValidatedPolicy(policy, report);
  }

  /**
   * Applies verified fixes until none is left: each round applies the first verified suggestion of
   * the most severe finding that has one.
   *
   * @param policy the policy
   * @return the fixed policy; the same policy if nothing could be fixed
   */
  public Policy fix(Policy policy) {
    return Fixer.fix(this, policy, finding -> true);
  }

  /**
   * Applies verified fixes of one rule's findings until none is left.
   *
   * @param policy the policy
   * @param rule the rule's id
   * @return the fixed policy
   * @throws IllegalArgumentException if this checker has no such rule
   */
  public Policy fix(Policy policy, String rule) {
    requireRule(rule);
    return Fixer.fix(this, policy, finding -> finding.rule().equals(rule));
  }

  /** The rules that are not suppressed, in order, with what they read. */
  ActiveRules active() {
    return active;
  }

  RuleContext context() {
    return new RuleContext(LocalDate.now(clock), messages);
  }

  private void requireRule(String id) {
    if (rule(id).isEmpty()) {
      throw new IllegalArgumentException("this checker has no rule '" + id + "'");
    }
  }

  /** Builds a {@link Checker}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final Set<String> suppressed = new HashSet<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private Clock clock = Clock.systemUTC();
    private MessageBundle messages = MessageBundle.standard();

    private Builder() {}

    /**
     * Lays texts of one's own over the standard texts, and over any laid before: the summaries,
     * messages and advice of one's own rules ({@code rule.<id>.summary}, {@code rule.<id>.message},
     * {@code rule.<id>.advice}, with the variants {@link
     * dev.guidepost.policy.condition.DeclarativeRule} reads), the names of one's own areas and
     * options, a language of one's own, or a standard text reworded.
     *
     * @param texts the texts
     * @return this builder
     */
    public Builder messages(MessageBundle texts) {
      this.messages = messages.overlay(Objects.requireNonNull(texts, "texts"));
      return this;
    }

    /**
     * Adds a rule.
     *
     * @param rule the rule
     * @return this builder
     * @throws IllegalArgumentException if a rule with the same id was added already
     */
    public Builder add(Rule rule) {
      if (rules.putIfAbsent(rule.id(), rule) != null) {
        throw new IllegalArgumentException("a rule with the id '" + rule.id() + "' exists");
      }
      return this;
    }

    /**
     * Adds rules.
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder addAll(List<? extends Rule> rules) {
      rules.forEach(this::add);
      return this;
    }

    /**
     * Removes a rule.
     *
     * @param id the rule's id
     * @return this builder
     * @throws IllegalArgumentException if there is no such rule
     */
    public Builder remove(String id) {
      require(id);
      rules.remove(id);
      severities.remove(id);
      suppressed.remove(id);
      return this;
    }

    /**
     * Keeps a rule listed but drops its findings.
     *
     * @param id the rule's id
     * @return this builder
     * @throws IllegalArgumentException if there is no such rule
     */
    public Builder suppress(String id) {
      require(id);
      suppressed.add(id);
      return this;
    }

    /**
     * Gives every finding of a rule a severity, whatever the rule says; a team may treat a warning
     * as an error.
     *
     * @param id the rule's id
     * @param severity the severity
     * @return this builder
     * @throws IllegalArgumentException if there is no such rule
     */
    public Builder severity(String id, Severity severity) {
      require(id);
      severities.put(id, Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Sets the clock that time-based rules read; the system clock in UTC by default.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the checker.
     *
     * @return a new, immutable checker
     */
    public Checker build() {
      return new Checker(this);
    }

    private void require(String id) {
      if (!rules.containsKey(id)) {
        throw new IllegalArgumentException("there is no rule '" + id + "' to change");
      }
    }
  }
}
