package dev.guidepost.policy.diff;

import dev.guidepost.policy.model.Clause;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What changed between an older and a newer version of a policy, as data: the decisions added,
 * removed and changed, the organisation's own clauses added, removed and reworded, and the facts
 * about the policy and its organisation that differ.
 *
 * <p>Decisions are compared area by area, whatever order each version gives them in; changes come
 * in the older version's order of areas, then the areas only the newer version decides, in its
 * order. Clauses are compared as {@link ClauseChange} says, details in the order of {@link Detail}.
 * Equal versions give an {@linkplain #isEmpty() empty} difference, and equal input gives an equal
 * difference. The difference says nothing of whether a version is valid: compare checked or
 * unchecked policies alike. Immutable and thread-safe.
 *
 * <pre>{@code
 * PolicyDiff diff = PolicyDiff.between(lastYear, thisYear);
 * for (DecisionChange change : diff.decisions()) {
 *   System.out.println(change.area() + ": " + change.kind());
 * }
 * }</pre>
 */
public final class PolicyDiff {
  private final List<DecisionChange> decisions;
  private final List<ClauseChange> clauses;
  private final List<DetailChange> details;

  private PolicyDiff(
      List<DecisionChange> decisions, List<ClauseChange> clauses, List<DetailChange> details) {
    this.decisions = List.copyOf(decisions);
    this.clauses = List.copyOf(clauses);
    this.details = List.copyOf(details);
  }

  /**
   * Compares two versions of a policy.
   *
   * @param older the earlier version
   * @param newer the later version
   * @return what changed from {@code older} to {@code newer}
   */
  public static PolicyDiff between(Policy older, Policy newer) {
    return new PolicyDiff(decisions(older, newer), clauses(older, newer), details(older, newer));
  }

  /**
   * Returns the decisions that differ.
   *
   * @return one change per area whose decision differs, in the order described above
   */
  public List<DecisionChange> decisions() {
    return decisions;
  }

  /**
   * Returns the organisation's own clauses that differ.
   *
   * @return the changes, by area in the order of first appearance (older version first), and within
   *     an area in the order of the clauses
   */
  public List<ClauseChange> clauses() {
    return clauses;
  }

  /**
   * Returns the facts about the policy and its organisation that differ.
   *
   * @return at most one change per {@link Detail}, in the order of that enum
   */
  public List<DetailChange> details() {
    return details;
  }

  /**
   * Returns whether the two versions are alike in everything compared.
   *
   * @return {@code true} when nothing changed
   */
  public boolean isEmpty() {
    return decisions.isEmpty() && clauses.isEmpty() && details.isEmpty();
  }

  private static List<DecisionChange> decisions(Policy older, Policy newer) {
    Set<String> areas = new LinkedHashSet<>(older.decisions().keySet());
    areas.addAll(newer.decisions().keySet());
    List<DecisionChange> changes = new ArrayList<>();
    for (String area : areas) {
      Optional<Decision> before = older.decision(area);
      Optional<Decision> after = newer.decision(area);
      if (!before.equals(after)) {
        changes.add(new DecisionChange(area, before, after));
      }
    }
    return changes;
  }

  private static List<ClauseChange> clauses(Policy older, Policy newer) {
    Map<String, List<Clause>> before = byArea(older.customClauses());
    Map<String, List<Clause>> after = byArea(newer.customClauses());
    Set<String> areas = new LinkedHashSet<>(before.keySet());
    areas.addAll(after.keySet());
    List<ClauseChange> changes = new ArrayList<>();
    for (String area : areas) {
      List<Clause> was = before.getOrDefault(area, List.of());
      List<Clause> is = after.getOrDefault(area, List.of());
      for (int i = 0; i < Math.max(was.size(), is.size()); i++) {
        Optional<Clause> then = i < was.size() ? Optional.of(was.get(i)) : Optional.empty();
        Optional<Clause> now = i < is.size() ? Optional.of(is.get(i)) : Optional.empty();
        if (!then.equals(now)) {
          changes.add(new ClauseChange(area, then, now));
        }
      }
    }
    return changes;
  }

  private static Map<String, List<Clause>> byArea(List<Clause> clauses) {
    Map<String, List<Clause>> byArea = new LinkedHashMap<>();
    for (Clause clause : clauses) {
      byArea.computeIfAbsent(clause.area(), area -> new ArrayList<>()).add(clause);
    }
    return byArea;
  }

  private static List<DetailChange> details(Policy older, Policy newer) {
    List<DetailChange> changes = new ArrayList<>();
    for (Detail detail : Detail.values()) {
      Optional<String> before = Optional.ofNullable(value(detail, older));
      Optional<String> after = Optional.ofNullable(value(detail, newer));
      if (!before.equals(after)) {
        changes.add(new DetailChange(detail, before, after));
      }
    }
    return changes;
  }

  private static @Nullable String value(Detail detail, Policy policy) {
    Organisation organisation = policy.organisation();
    return switch (detail) {
      case ORGANISATION_NAME -> organisation.name();
      case COUNTRY -> organisation.country().code();
      case OTHER_COUNTRIES -> joined(organisation.otherCountries(), Country::code);
      case SECTOR -> organisation.sector().id();
      case EMPLOYEE_REPRESENTATION -> organisation.employeeRepresentation().id();
      case EMPLOYEES ->
          organisation.employees().isPresent()
              ? Integer.toString(organisation.employees().getAsInt())
              : null;
      case VERSION -> policy.version().orElse(null);
      case EFFECTIVE_FROM -> policy.effectiveFrom().map(LocalDate::toString).orElse(null);
      case OWNER -> policy.owner().orElse(null);
      case LANGUAGES -> joined(policy.languages(), Language::code);
      case AUTHORITATIVE_LANGUAGE -> policy.authoritativeLanguage().code();
    };
  }

  private static <T> @Nullable String joined(List<T> values, Function<T, String> code) {
    return values.isEmpty() ? null : values.stream().map(code).collect(Collectors.joining(","));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PolicyDiff that
        && decisions.equals(that.decisions)
        && clauses.equals(that.clauses)
        && details.equals(that.details);
  }

  @Override
  public int hashCode() {
    return (decisions.hashCode() * 31 + clauses.hashCode()) * 31 + details.hashCode();
  }

  @Override
  public String toString() {
    return "PolicyDiff{decisions="
        + decisions
        + ", clauses="
        + clauses
        + ", details="
        + details
        + "}";
  }
}
