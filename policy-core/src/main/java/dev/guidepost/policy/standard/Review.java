package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterValue;

/**
 * How often the policy is reviewed (common practice).
 *
 * <p>The typed handles of the standard {@code review} area: its options as constants and its
 * decisions as factories.
 */
public final class Review {
  /** The area id, {@value}. */
  public static final String ID = "review";

  /** The name of the {@code months} parameter. */
  public static final String MONTHS = "months";

  /** {@code every}: The policy is reviewed every so many months. */
  public static final Option EVERY =
      Option.of(
          ID,
          "every",
          Parameter.integer("months", 1, 60).withDefaultValue(ParameterValue.ofInteger(12)));

  /** {@code none}: The policy is not reviewed. */
  public static final Option NONE = Option.of(ID, "none");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, EVERY, NONE);

  private Review() {}

  /**
   * Returns the decision {@code review = every}.
   *
   * @param months the months, 1 to 60
   * @return the decision
   */
  public static Decision every(int months) {
    return Decision.of(EVERY).withValue(MONTHS, ParameterValue.ofInteger(months));
  }

  /**
   * Returns the decision {@code review = none}.
   *
   * @return the decision
   */
  public static Decision none() {
    return Decision.of(NONE);
  }
}
