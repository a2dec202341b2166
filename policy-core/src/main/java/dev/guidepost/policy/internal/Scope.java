package dev.guidepost.policy.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a rule reads: its findings and their severity depend on the organisation, the rule context
 * and the decisions of these areas, and on nothing else. The checker uses it to verify a suggestion
 * by re-running only the rules that read an area the suggestion changes; a rule with no scope is
 * re-run for every suggestion.
 *
 * <p>A rule {@linkplain #perDecision() per decision} reads every area, but each of its findings is
 * about one decision and depends on that decision and the organisation only; to learn whether a
 * change adds such a finding, the checker runs it on the changed decisions alone.
 *
 * <p>Rule classes of the core register how to read their scope when they are loaded, so that the
 * public rule types need no method for it.
 *
 * @param areas the areas whose decisions the rule reads; empty for a rule per decision
 * @param canReportErrors whether a finding of the rule can be an error, before a checker changes
 *     its severity
 * @param perDecision whether the rule judges each decision on its own
 */
public record Scope(Set<String> areas, boolean canReportErrors, boolean perDecision) {
  private static final Map<Class<?>, Function<Object, Scope>> READERS = new ConcurrentHashMap<>();

  /**
   * Copies the areas.
   *
   * @param areas the areas
   * @param canReportErrors whether a finding can be an error
   * @param perDecision whether the rule judges each decision on its own
   */
  public Scope {
    areas = Set.copyOf(areas);
  }

  /**
   * Returns the scope of a rule that reads some areas.
   *
   * @param areas the areas
   * @param canReportErrors whether a finding can be an error
   * @return the scope
   */
  public static Scope of(Set<String> areas, boolean canReportErrors) {
    return new Scope(areas, canReportErrors, false);
  }

  /**
   * Returns the scope of a rule that judges each decision on its own.
   *
   * @param canReportErrors whether a finding can be an error
   * @return the scope
   */
  public static Scope perDecision(boolean canReportErrors) {
    return new Scope(Set.of(), canReportErrors, true);
  }

  /**
   * Registers how to read the scope of the rules of one class.
   *
   * @param <T> the class
   * @param type the class; its subclasses are not covered
   * @param reader reads a rule's scope
   */
  public static <T> void register(Class<T> type, Function<T, Scope> reader) {
    READERS.put(type, rule -> reader.apply(type.cast(rule)));
  }

  /**
   * Returns a rule's scope.
   *
   * @param rule a rule
   * @return its scope, or empty if its class registered none
   */
  public static Optional<Scope> of(Object rule) {
    Function<Object, Scope> reader = READERS.get(rule.getClass());
    return reader == null ? Optional.empty() : Optional.of(reader.apply(rule));
  }
}
