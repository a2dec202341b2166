package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * Whether staff may post what is untrue (GitLab, Intel, Coca-Cola, UK Civil Service).
 *
 * <p>The typed handles of the standard {@code accuracy} area: its options as constants and its
 * decisions as factories. The two standards differ in breadth: {@link #NO_FALSE_STATEMENTS} asks
 * only that staff do not post what they know to be false (GitLab's "knowingly false"), {@link
 * #TRUE_AND_NOT_MISLEADING} that everything they post is true and not misleading (Intel,
 * Coca-Cola).
 */
public final class Accuracy {
  /** The area id, {@value}. */
  public static final String ID = "accuracy";

  /** {@code no-false-statements}: Do not post what you know to be false. */
  public static final Option NO_FALSE_STATEMENTS = Option.of(ID, "no-false-statements");

  /** {@code true-and-not-misleading}: Everything posted must be true and not misleading. */
  public static final Option TRUE_AND_NOT_MISLEADING = Option.of(ID, "true-and-not-misleading");

  /** {@code not-addressed}: Accuracy is not addressed. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA =
      Area.of(ID, NO_FALSE_STATEMENTS, TRUE_AND_NOT_MISLEADING, NOT_ADDRESSED);

  private Accuracy() {}

  /**
   * Returns the decision {@code accuracy = no-false-statements}.
   *
   * @return the decision
   */
  public static Decision noFalseStatements() {
    return Decision.of(NO_FALSE_STATEMENTS);
  }

  /**
   * Returns the decision {@code accuracy = true-and-not-misleading}.
   *
   * @return the decision
   */
  public static Decision trueAndNotMisleading() {
    return Decision.of(TRUE_AND_NOT_MISLEADING);
  }

  /**
   * Returns the decision {@code accuracy = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }
}
