package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * How mistakes are corrected (IBM, adidas, NPR).
 *
 * <p>The typed handles of the standard {@code corrections} area: its options as constants and its
 * decisions as factories.
 */
public final class Corrections {
  /** The area id, {@value}. */
  public static final String ID = "corrections";

  /** {@code correct-openly}: Mistakes are corrected visibly, not silently deleted. */
  public static final Option CORRECT_OPENLY = Option.of(ID, "correct-openly");

  /** {@code not-addressed}: Corrections are not addressed. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, CORRECT_OPENLY, NOT_ADDRESSED);

  private Corrections() {}

  /**
   * Returns the decision {@code corrections = correct-openly}.
   *
   * @return the decision
   */
  public static Decision correctOpenly() {
    return Decision.of(CORRECT_OPENLY);
  }

  /**
   * Returns the decision {@code corrections = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }
}
