package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * Whether employees point out a personal interest in what they write about (issue 12).
 *
 * <p>The typed handles of the standard {@code vested-interests} area: its options as constants and
 * its decisions as factories. Saying where one works belongs to {@code transparency}; this area
 * asks for more: a financial stake, a tie to a supplier, customer or competitor, or a reward for
 * the post, said openly before readers find it out.
 */
public final class VestedInterests {
  /** The area id, {@value}. */
  public static final String ID = "vested-interests";

  /**
   * {@code disclose}: Employees who have a personal interest in what they write about say so, and
   * are the first to say it.
   */
  public static final Option DISCLOSE = Option.of(ID, "disclose");

  /** {@code not-addressed}: The guidelines say nothing particular about personal interests. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, DISCLOSE, NOT_ADDRESSED);

  private VestedInterests() {}

  /**
   * Returns the decision {@code vested-interests = disclose}.
   *
   * @return the decision
   */
  public static Decision disclose() {
    return Decision.of(DISCLOSE);
  }

  /**
   * Returns the decision {@code vested-interests = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }
}
