package dev.guidepost.policy.diff;

import dev.guidepost.policy.model.Clause;
import java.util.Optional;

/**
 * How one of the organisation's own clauses differs between two versions of a policy. Clauses are
 * compared area by area in the order each version gives them: the first clause of an area in one
 * version with the first of that area in the other, and so on; a clause without a counterpart was
 * added or removed. Immutable; a change always differs.
 *
 * @param area the id of the area the clause belongs to
 * @param before the older version's clause, if it has one in this place
 * @param after the newer version's clause, if it has one in this place
 */
public record ClauseChange(String area, Optional<Clause> before, Optional<Clause> after) {
  /**
   * Checks that the change is of the area and is a change.
   *
   * @param area the area's id
   * @param before the older version's value, if any
   * @param after the newer version's value, if any
   * @throws IllegalArgumentException if neither clause is given, a clause is of another area, or
   *     the clauses are equal
   */
  public ClauseChange {
    ChangeKind.requireChange(area, before, after, Clause::area, "clause");
  }

  /**
   * Returns whether the clause was added, removed or reworded.
   *
   * @return the kind of change
   */
  public ChangeKind kind() {
    return ChangeKind.of(before.isPresent(), after.isPresent());
  }
}
