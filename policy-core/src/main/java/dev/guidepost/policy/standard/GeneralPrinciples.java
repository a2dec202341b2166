package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * The general principles: think before posting; what is posted stays; if in doubt, don't ({@code
 * 000} 7, {@code 002}).
 *
 * <p>The typed handles of the standard {@code general-principles} area: its options as constants
 * and its decisions as factories.
 */
public final class GeneralPrinciples {
  /** The area id, {@value}. */
  public static final String ID = "general-principles";

  /** {@code included}: The general principles are part of the policy. */
  public static final Option INCLUDED = Option.of(ID, "included");

  /** {@code not-included}: The general principles are left out. */
  public static final Option NOT_INCLUDED = Option.of(ID, "not-included");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, INCLUDED, NOT_INCLUDED);

  private GeneralPrinciples() {}

  /**
   * Returns the decision {@code general-principles = included}.
   *
   * @return the decision
   */
  public static Decision included() {
    return Decision.of(INCLUDED);
  }

  /**
   * Returns the decision {@code general-principles = not-included}.
   *
   * @return the decision
   */
  public static Decision notIncluded() {
    return Decision.of(NOT_INCLUDED);
  }
}
