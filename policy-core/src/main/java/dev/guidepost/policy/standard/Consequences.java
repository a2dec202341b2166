package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * What follows a breach ({@code 000} 6).
 *
 * <p>The typed handles of the standard {@code consequences} area: its options as constants and its
 * decisions as factories.
 */
public final class Consequences {
  /** The area id, {@value}. */
  public static final String ID = "consequences";

  /** {@code graduated}: Dialogue, then a warning, then sanctions. */
  public static final Option GRADUATED = Option.of(ID, "graduated");

  /** {@code dismissal-possible}: A breach may lead to dismissal. */
  public static final Option DISMISSAL_POSSIBLE = Option.of(ID, "dismissal-possible");

  /** {@code unspecified}: Consequences are not specified. */
  public static final Option UNSPECIFIED = Option.of(ID, "unspecified");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, GRADUATED, DISMISSAL_POSSIBLE, UNSPECIFIED);

  private Consequences() {}

  /**
   * Returns the decision {@code consequences = graduated}.
   *
   * @return the decision
   */
  public static Decision graduated() {
    return Decision.of(GRADUATED);
  }

  /**
   * Returns the decision {@code consequences = dismissal-possible}.
   *
   * @return the decision
   */
  public static Decision dismissalPossible() {
    return Decision.of(DISMISSAL_POSSIBLE);
  }

  /**
   * Returns the decision {@code consequences = unspecified}.
   *
   * @return the decision
   */
  public static Decision unspecified() {
    return Decision.of(UNSPECIFIED);
  }
}
