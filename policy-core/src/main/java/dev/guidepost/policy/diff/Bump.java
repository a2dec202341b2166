package dev.guidepost.policy.diff;

import dev.guidepost.policy.catalogue.Strictness;
import dev.guidepost.policy.model.Audience;
import dev.guidepost.policy.model.Decision;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * The semantic-version bump a change between two versions of a policy calls for, read from the
 * employees' side: {@link #MAJOR} for a new obligation or a stricter rule, {@link #MINOR} for a
 * relaxation or an addition that binds no one more, {@link #PATCH} for wording alone and {@link
 * #NONE} for no change. The bump of a difference is the largest bump of its changes.
 *
 * <p>A decision's change is judged with the catalogue's {@link Strictness}:
 *
 * <ul>
 *   <li>in an area that binds no one, any change is minor;
 *   <li>a decision added is minor when its option is on the least restrictive level of the area's
 *       scale (it asks nothing more), major otherwise; a decision removed is minor;
 *   <li>another option is major when it is on a higher level of the scale, minor on a lower one,
 *       and major, conservatively, on the same level or when either option is not on the scale;
 *   <li>other parameter values (limits, lists) are major, conservatively: whether a number or a
 *       list binds more depends on what it counts;
 *   <li>an audience that now binds everyone where it bound some people is major, one that now binds
 *       some where it bound everyone is minor, and a move from one group to another is major.
 * </ul>
 *
 * <p>An organisation's own clause added is major, conservatively (its text may bind anyone), one
 * removed is minor, one reworded is a patch. A country added to where the organisation's people
 * work, or another home country, is major (the policy binds people in it); a country removed is
 * minor. Every other fact (name, owner, sector, representation, number of employees, languages) is
 * a patch. The version and the effective date themselves call for nothing: they are what the bump
 * is checked against.
 */
public enum Bump {
  /** Nothing changed. */
  NONE,
  /** Wording or facts about the policy changed, not what it asks of anyone. */
  PATCH,
  /** A relaxation, or an addition that binds no one more. */
  MINOR,
  /** A new obligation or a stricter rule for employees. */
  MAJOR;

  /**
   * Returns the bump a difference calls for.
   *
   * @param diff the difference between two versions
   * @param strictness how strictly the catalogue's options bind employees
   * @return the largest bump of the difference's changes; {@link #NONE} if it is empty
   */
  public static Bump of(PolicyDiff diff, Strictness strictness) {
    return Stream.of(
            diff.decisions().stream().map(change -> of(change, strictness)),
            diff.clauses().stream().map(Bump::of),
            diff.details().stream().map(Bump::of))
        .flatMap(bumps -> bumps)
        .reduce(NONE, Bump::max);
  }

  /**
   * Returns the bump one decision's change calls for, as the type's description says.
   *
   * @param change the change
   * @param strictness how strictly the catalogue's options bind employees
   * @return {@link #MINOR} or {@link #MAJOR}
   */
  public static Bump of(DecisionChange change, Strictness strictness) {
    if (strictness.bindsNoOne(change.area())) {
      return MINOR;
    }
    return switch (change.kind()) {
      case ADDED -> rank(change.after(), strictness).orElse(-1) == 0 ? MINOR : MAJOR;
      case REMOVED -> MINOR;
      case CHANGED -> changed(change, strictness);
    };
  }

  /**
   * Returns the bump one of the organisation's own clauses calls for, as the type's description
   * says.
   *
   * @param change the change
   * @return {@link #MAJOR} when added, {@link #MINOR} when removed, {@link #PATCH} when reworded
   */
  public static Bump of(ClauseChange change) {
    return switch (change.kind()) {
      case ADDED -> MAJOR;
      case REMOVED -> MINOR;
      case CHANGED -> PATCH;
    };
  }

  /**
   * Returns the bump one fact's change calls for, as the type's description says.
   *
   * @param change the change
   * @return the bump
   */
  public static Bump of(DetailChange change) {
    return switch (change.detail()) {
      case VERSION, EFFECTIVE_FROM -> NONE;
      case COUNTRY -> MAJOR;
      case OTHER_COUNTRIES -> countries(change);
      default -> PATCH;
    };
  }

  /**
   * Returns the larger of this bump and another.
   *
   * @param other another bump
   * @return the larger one
   */
  public Bump max(Bump other) {
    return compareTo(other) >= 0 ? this : other;
  }

  private static Bump changed(DecisionChange change, Strictness strictness) {
    Decision before = change.before().orElseThrow();
    Decision after = change.after().orElseThrow();
    Bump bump = audience(before.binds(), after.binds());
    if (change.optionChanged()) {
      OptionalInt was = rank(change.before(), strictness);
      OptionalInt is = rank(change.after(), strictness);
      boolean looser = was.isPresent() && is.isPresent() && is.getAsInt() < was.getAsInt();
      return bump.max(looser ? MINOR : MAJOR);
    }
    return change.changedParameters().isEmpty() ? bump : MAJOR;
  }

  private static Bump audience(Optional<Audience> before, Optional<Audience> after) {
    if (before.equals(after)) {
      return NONE;
    }
    return after.isPresent() && before.isEmpty() ? MINOR : MAJOR;
  }

  private static OptionalInt rank(Optional<Decision> decision, Strictness strictness) {
    Decision it = decision.orElseThrow();
    return strictness.rank(it.area(), it.option().id());
  }

  private static Bump countries(DetailChange change) {
    List<String> before = codes(change.before());
    return codes(change.after()).stream().allMatch(before::contains) ? MINOR : MAJOR;
  }

  private static List<String> codes(Optional<String> joined) {
    return joined.map(text -> List.of(text.split(",", -1))).orElse(List.of());
  }
}
