package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * Whether the policy says it limits no statutory right of employees (US NLRA section 7; EU
 * Directive 2019/1937).
 *
 * <p>The typed handles of the standard {@code rights-notice} area: its options as constants and its
 * decisions as factories.
 */
public final class RightsNotice {
  /** The area id, {@value}. */
  public static final String ID = "rights-notice";

  /** {@code included}: Nothing in the policy limits rights the law gives employees. */
  public static final Option INCLUDED = Option.of(ID, "included");

  /** {@code not-included}: No such notice. */
  public static final Option NOT_INCLUDED = Option.of(ID, "not-included");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, INCLUDED, NOT_INCLUDED);

  private RightsNotice() {}

  /**
   * Returns the decision {@code rights-notice = included}.
   *
   * @return the decision
   */
  public static Decision included() {
    return Decision.of(INCLUDED);
  }

  /**
   * Returns the decision {@code rights-notice = not-included}.
   *
   * @return the decision
   */
  public static Decision notIncluded() {
    return Decision.of(NOT_INCLUDED);
  }
}
