package dev.guidepost.bench.check;

import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.source.Sources;
import dev.guidepost.policy.standard.Advocacy;
import dev.guidepost.policy.standard.Covers;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What the hand-written rules share: plain tests of a policy, the facts they report, and the
 * finding a declarative rule would make. The sources are the built-in rules' own, so that the
 * findings agree to the letter.
 */
final class ByHand {
  private static final Map<String, Sources> SOURCES =
      StandardRules.all().stream().collect(Collectors.toMap(Rule::id, Rule::sources));

  private ByHand() {}

  /** Tells whether an area is decided as an option. */
  static boolean is(Policy policy, Option option) {
    Decision decision = policy.decisions().get(option.area());
    return decision != null && decision.option().id().equals(option.id());
  }

  /** Tells whether an area has no decision. */
  static boolean missing(Policy policy, String area) {
    return !policy.decisions().containsKey(area);
  }

  /** Returns a parameter's value if the area is decided as the option and the value is given. */
  static @Nullable ParameterValue value(Policy policy, Option option, String parameter) {
    return is(policy, option) ? decision(policy, option.area()).values().get(parameter) : null;
  }

  /** Returns an area's decision, which the caller knows is there. */
  static Decision decision(Policy policy, String area) {
    return Objects.requireNonNull(policy.decisions().get(area), area);
  }

  /** Tells whether the document covers the organisation's accounts (or does not say). */
  static boolean coversOfficialAccounts(Policy policy) {
    return !is(policy, Covers.EMPLOYEES_OWN_USE);
  }

  /** Tells whether the document covers employees' own use (or does not say). */
  static boolean coversEmployeesOwnUse(Policy policy) {
    return !is(policy, Covers.OFFICIAL_ACCOUNTS);
  }

  /** Whether the policy encourages sharing, voluntary or not: what the advocacy rules read. */
  static boolean encourages(Policy policy) {
    return is(policy, Advocacy.ENCOURAGED) || is(policy, Advocacy.ENCOURAGED_VOLUNTARY);
  }

  /** The fact that an area is decided as an option. */
  static Fact decided(Option option) {
    return Fact.of(Fact.Kind.DECISION, option.area(), option.id());
  }

  /** The fact of an area's decision, or that it is not addressed. */
  static Fact state(Policy policy, String area) {
    Decision decision = policy.decisions().get(area);
    return decision == null
        ? Fact.of(Fact.Kind.NOT_ADDRESSED, area, "not-addressed")
        : Fact.of(Fact.Kind.DECISION, area, decision.option().id());
  }

  /** The fact of a parameter's value, or that it is missing. */
  static Fact parameter(Option option, String parameter, @Nullable ParameterValue value) {
    return Fact.parameter(
        option.area(), parameter, value == null ? Fact.MISSING : value.toString());
  }

  static Fact country(Policy policy) {
    return Fact.of(Fact.Kind.COUNTRY, "country", policy.organisation().country().code());
  }

  static Fact sector(Policy policy) {
    return Fact.of(Fact.Kind.SECTOR, "sector", policy.organisation().sector().id());
  }

  static Fact representation(Policy policy) {
    return Fact.of(
        Fact.Kind.EMPLOYEE_REPRESENTATION,
        "employee-representation",
        policy.organisation().employeeRepresentation().id());
  }

  /** The finding of a declarative rule, with the message of its id and its advice. */
  static FindingView finding(
      String rule,
      Severity severity,
      Policy policy,
      List<Fact> facts,
      List<FindingView.Fix> suggestions) {
    return finding(rule, "rule." + rule + ".message", severity, policy, facts, suggestions);
  }

  /**
   * The finding of a declarative rule whose message may depend on the country: its key names the
   * country's variant. No standard text has a {@code {country}} placeholder, so the message carries
   * no argument.
   */
  static FindingView finding(
      String rule,
      String messageKey,
      Severity severity,
      Policy policy,
      List<Fact> facts,
      List<FindingView.Fix> suggestions) {
    return finding(
        rule, messageKey, "rule." + rule + ".advice", severity, policy, facts, suggestions);
  }

  /** The finding of a declarative rule whose message and advice may depend on the country. */
  static FindingView finding(
      String rule,
      String messageKey,
      String adviceKey,
      Severity severity,
      Policy policy,
      List<Fact> facts,
      List<FindingView.Fix> suggestions) {
    return FindingView.fromFacts(
        rule,
        severity,
        facts,
        Message.of(messageKey),
        Message.of(adviceKey),
        source(rule),
        suggestions.stream().map(fix -> keepingAudience(fix, policy)).toList());
  }

  /**
   * A fix whose decisions keep the audience of those they replace, unless one is the replaced
   * decision itself for everyone (the fix that unbinds it).
   */
  static FindingView.Fix keepingAudience(FindingView.Fix fix, Policy policy) {
    return new FindingView.Fix(
        fix.decisions().stream().map(d -> keepingAudience(d, policy)).toList(), fix.verified());
  }

  private static Decision keepingAudience(Decision suggested, Policy policy) {
    return policy
        .decision(suggested.area())
        .filter(replaced -> suggested.bindsEveryone())
        .filter(
            replaced ->
                !replaced.option().equals(suggested.option())
                    || !replaced.values().equals(suggested.values()))
        .flatMap(Decision::binds)
        .map(suggested::boundTo)
        .orElse(suggested);
  }

  /** A fix computed from the policy; none if it has no decisions. */
  static List<FindingView.Fix> computed(
      Policy policy, Function<Policy, List<Decision>> suggestion) {
    List<Decision> decisions = suggestion.apply(policy);
    return decisions.isEmpty() ? List.of() : List.of(new FindingView.Fix(decisions, false));
  }

  static Sources source(String rule) {
    Sources source = SOURCES.get(rule);
    if (source == null) {
      throw new IllegalArgumentException("no built-in rule " + rule);
    }
    return source;
  }
}
