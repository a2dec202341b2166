package dev.guidepost.policy.check;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What a rule reads, so that a checker knows which rules a suggested fix can affect. Whatever it
 * reads, a rule may also read the organisation and the {@link RuleContext}, which a suggestion
 * never changes. Immutable; equal when they read the same.
 *
 * <ul>
 *   <li>{@link #everything()}: the rule may read any decision, so every suggestion can change its
 *       findings.
 *   <li>{@link #areas(Set)}: the rule's findings and their severity depend on the decisions of
 *       these areas alone; a suggestion that changes none of them leaves its findings as they are.
 *   <li>{@link #eachDecision()}: the rule judges each decision on its own; each of its findings
 *       depends on one decision and the organisation only, so the rule can be run on the changed
 *       decisions alone to learn what a suggestion adds.
 * </ul>
 *
 * <p>A rule that declares less than it reads makes the checker verify suggestions that it should
 * not; {@link #everything()} is always safe.
 */
public final class Reads {
  private static final Reads EVERYTHING = new Reads(null, false);
  private static final Reads EACH_DECISION = new Reads(null, true);

  /** The areas read, or null for everything or each decision. */
  private final @Nullable Set<String> areas;

  private final boolean perDecision;

  private Reads(@Nullable Set<String> areas, boolean perDecision) {
    this.areas = areas;
    this.perDecision = perDecision;
  }

  /**
   * Returns what a rule reads that may read any decision; the default of {@link Rule#reads()}.
   *
   * @return the shared value
   */
  public static Reads everything() {
    return EVERYTHING;
  }

  /**
   * Returns what a rule reads that reads the decisions of some areas and no other.
   *
   * @param areas the area ids; may be empty for a rule that reads only the organisation
   * @return a value holding a copy of the areas
   * @throws NullPointerException if the set or an area is null
   */
  public static Reads areas(Set<String> areas) {
    return new Reads(Set.copyOf(areas), false);
  }

  /**
   * Returns what a rule reads that judges each decision on its own.
   *
   * @return the shared value
   */
  public static Reads eachDecision() {
    return EACH_DECISION;
  }

  /**
   * Tells whether the rule's findings can change when the decisions of some areas change.
   *
   * @param changed the ids of the areas whose decisions change
   * @return false only for a rule limited to areas of which none changed
   */
  boolean affectedBy(Set<String> changed) {
    return areas == null || !Collections.disjoint(areas, changed);
  }

  /** The areas a rule limited to some areas reads; null if it reads everything or each decision. */
  @Nullable Set<String> limitedTo() {
    return areas;
  }

  /** Whether the rule judges each decision on its own. */
  boolean perDecision() {
    return perDecision;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Reads that
        && perDecision == that.perDecision
        && Objects.equals(areas, that.areas);
  }

  @Override
  public int hashCode() {
    return Objects.hash(areas, perDecision);
  }

  /**
   * Returns {@code everything}, {@code each decision} or the sorted areas, such as {@code areas
   * [advocacy, working-hours]}.
   *
   * @return a description for people
   */
  @Override
  public String toString() {
    if (areas != null) {
      return "areas " + new TreeSet<>(areas);
    }
    return perDecision ? "each decision" : "everything";
  }
}
