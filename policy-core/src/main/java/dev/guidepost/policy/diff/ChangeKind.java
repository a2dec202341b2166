package dev.guidepost.policy.diff;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** How one thing differs between an older and a newer version of a policy. */
public enum ChangeKind {
  /** Only the newer version has it. */
  ADDED,
  /** Only the older version has it. */
  REMOVED,
  /** Both versions have it, and they differ. */
  CHANGED;

  static ChangeKind of(boolean before, boolean after) {
    if (before && after) {
      return CHANGED;
    }
    if (after) {
      return ADDED;
    }
    if (before) {
      return REMOVED;
    }
    throw new IllegalArgumentException("a change has a before, an after or both");
  }

  /**
   * Checks that a before and an after of one area make a change: at least one is given, both are of
   * the area, and they differ.
   */
  static <T> void requireChange(
      String area, Optional<T> before, Optional<T> after, Function<T, String> areaOf, String what) {
    Objects.requireNonNull(area, "area");
    if (before.isEmpty() && after.isEmpty()) {
      throw new IllegalArgumentException("a change of '" + area + "' has no " + what);
    }
    if (before.filter(t -> !areaOf.apply(t).equals(area)).isPresent()
        || after.filter(t -> !areaOf.apply(t).equals(area)).isPresent()) {
      throw new IllegalArgumentException("a change of '" + area + "' holds another area's " + what);
    }
    if (before.equals(after)) {
      throw new IllegalArgumentException("the " + what + "s of '" + area + "' are equal");
    }
  }
}
