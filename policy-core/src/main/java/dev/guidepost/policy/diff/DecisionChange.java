package dev.guidepost.policy.diff;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.ParameterValue;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * How a policy's decision for one area differs between two versions: the area is decided only in
 * the newer version, only in the older one, or in both with another option, other parameter values
 * or another audience. Immutable; a change always differs (equal decisions make no change).
 *
 * @param area the area's id
 * @param before the older version's decision, if it decided the area
 * @param after the newer version's decision, if it decides the area
 */
public record DecisionChange(String area, Optional<Decision> before, Optional<Decision> after) {
  /**
   * Checks that the change is of the area and is a change.
   *
   * @param area the area's id
   * @param before the older version's value, if any
   * @param after the newer version's value, if any
   * @throws IllegalArgumentException if neither decision is given, a decision is of another area,
   *     or the decisions are equal
   */
  public DecisionChange {
    ChangeKind.requireChange(area, before, after, Decision::area, "decision");
  }

  /**
   * Returns whether the area was decided, undecided or decided otherwise.
   *
   * @return the kind of change
   */
  public ChangeKind kind() {
    return ChangeKind.of(before.isPresent(), after.isPresent());
  }

  /**
   * Returns whether both versions decide the area with different options.
   *
   * @return {@code true} for a changed option; {@code false} when added, removed or the option kept
   */
  public boolean optionChanged() {
    return kind() == ChangeKind.CHANGED
        && !before.orElseThrow().option().equals(after.orElseThrow().option());
  }

  /**
   * Returns the parameters whose values differ, where both versions decide the area with the same
   * option: a value given in one version only, or given in both with different values.
   *
   * @return parameter names in alphabetical order; empty unless the option is kept
   */
  public SortedSet<String> changedParameters() {
    SortedSet<String> names = new TreeSet<>();
    if (kind() != ChangeKind.CHANGED || optionChanged()) {
      return names;
    }
    Map<String, ParameterValue> older = before.orElseThrow().values();
    Map<String, ParameterValue> newer = after.orElseThrow().values();
    names.addAll(older.keySet());
    names.addAll(newer.keySet());
    names.removeIf(name -> Objects.equals(older.get(name), newer.get(name)));
    return names;
  }

  /**
   * Returns whether both versions decide the area and bind different audiences (one of them
   * possibly everyone).
   *
   * @return {@code true} for a changed audience
   */
  public boolean audienceChanged() {
    return kind() == ChangeKind.CHANGED
        && !before.orElseThrow().binds().equals(after.orElseThrow().binds());
  }
}
