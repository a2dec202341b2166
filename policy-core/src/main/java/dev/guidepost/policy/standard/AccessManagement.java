package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * How admin rights follow people who join and leave ({@code 004} 4).
 *
 * <p>The typed handles of the standard {@code access-management} area: its options as constants and
 * its decisions as factories.
 */
public final class AccessManagement {
  /** The area id, {@value}. */
  public static final String ID = "access-management";

  /**
   * {@code on-and-offboarding-procedure}: Admin rights are granted and revoked as a fixed step; at
   * least two admins.
   */
  public static final Option ON_AND_OFFBOARDING_PROCEDURE =
      Option.of(ID, "on-and-offboarding-procedure");

  /** {@code none}: There is no procedure. */
  public static final Option NONE = Option.of(ID, "none");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, ON_AND_OFFBOARDING_PROCEDURE, NONE);

  private AccessManagement() {}

  /**
   * Returns the decision {@code access-management = on-and-offboarding-procedure}.
   *
   * @return the decision
   */
  public static Decision onAndOffboardingProcedure() {
    return Decision.of(ON_AND_OFFBOARDING_PROCEDURE);
  }

  /**
   * Returns the decision {@code access-management = none}.
   *
   * @return the decision
   */
  public static Decision none() {
    return Decision.of(NONE);
  }
}
