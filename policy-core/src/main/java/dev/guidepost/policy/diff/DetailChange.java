package dev.guidepost.policy.diff;

import java.util.Objects;
import java.util.Optional;

/**
 * How one fact about a policy or its organisation differs between two versions, as the text the
 * policy's JSON form gives it (a country's code, a sector's id, a date in ISO 8601, a list joined
 * with commas). Immutable; a change always differs.
 *
 * @param detail the fact
 * @param before the older version's value, if it has one
 * @param after the newer version's value, if it has one
 */
public record DetailChange(Detail detail, Optional<String> before, Optional<String> after) {
  /**
   * Checks that the change is a change.
   *
   * @param detail the fact
   * @param before the older version's value, if any
   * @param after the newer version's value, if any
   * @throws IllegalArgumentException if neither value is given or the values are equal
   */
  public DetailChange {
    Objects.requireNonNull(detail, "detail");
    if (before.equals(after)) {
      throw new IllegalArgumentException("the values of " + detail + " are equal");
    }
  }

  /**
   * Returns whether the fact was given, taken away or changed.
   *
   * @return the kind of change
   */
  public ChangeKind kind() {
    return ChangeKind.of(before.isPresent(), after.isPresent());
  }
}
