package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * Whether staff engage on competitors' pages ({@code 004} 6).
 *
 * <p>The typed handles of the standard {@code competitors} area: its options as constants and its
 * decisions as factories.
 */
public final class Competitors {
  /** The area id, {@value}. */
  public static final String ID = "competitors";

  /** {@code no-engagement}: Employees do not engage on competitors' pages. */
  public static final Option NO_ENGAGEMENT = Option.of(ID, "no-engagement");

  /** {@code factual-and-courteous}: Engagement is factual and courteous. */
  public static final Option FACTUAL_AND_COURTEOUS = Option.of(ID, "factual-and-courteous");

  /** {@code unrestricted}: Engagement is not restricted. */
  public static final Option UNRESTRICTED = Option.of(ID, "unrestricted");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, NO_ENGAGEMENT, FACTUAL_AND_COURTEOUS, UNRESTRICTED);

  private Competitors() {}

  /**
   * Returns the decision {@code competitors = no-engagement}.
   *
   * @return the decision
   */
  public static Decision noEngagement() {
    return Decision.of(NO_ENGAGEMENT);
  }

  /**
   * Returns the decision {@code competitors = factual-and-courteous}.
   *
   * @return the decision
   */
  public static Decision factualAndCourteous() {
    return Decision.of(FACTUAL_AND_COURTEOUS);
  }

  /**
   * Returns the decision {@code competitors = unrestricted}.
   *
   * @return the decision
   */
  public static Decision unrestricted() {
    return Decision.of(UNRESTRICTED);
  }
}
