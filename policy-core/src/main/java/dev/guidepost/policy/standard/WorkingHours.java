package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterValue;

/**
 * Whether staff may use social media during working hours ({@code 000} 1, {@code 003}, {@code 004}
 * 8).
 *
 * <p>The typed handles of the standard {@code working-hours} area: its options as constants and its
 * decisions as factories.
 */
public final class WorkingHours {
  /** The area id, {@value}. */
  public static final String ID = "working-hours";

  /** The name of the {@code minutesPerDay} parameter. */
  public static final String MINUTES_PER_DAY = "minutesPerDay";

  /** {@code prohibited}: Social media are not used during working hours. */
  public static final Option PROHIBITED = Option.of(ID, "prohibited");

  /** {@code time-limited}: Use during working hours is limited to some minutes a day. */
  public static final Option TIME_LIMITED =
      Option.of(
          ID,
          "time-limited",
          Parameter.integer("minutesPerDay", 1, 480)
              .withPlaceholder("minutes")
              .withDefaultValue(ParameterValue.ofInteger(30)));

  /** {@code breaks-only}: Use is for breaks only. */
  public static final Option BREAKS_ONLY = Option.of(ID, "breaks-only");

  /** {@code work-related-only}: Use during working hours is for work only. */
  public static final Option WORK_RELATED_ONLY = Option.of(ID, "work-related-only");

  /** {@code employee-discretion}: Employees decide for themselves. */
  public static final Option EMPLOYEE_DISCRETION = Option.of(ID, "employee-discretion");

  /** The area with its options, in their defined order. */
  public static final Area AREA =
      Area.of(ID, PROHIBITED, TIME_LIMITED, BREAKS_ONLY, WORK_RELATED_ONLY, EMPLOYEE_DISCRETION);

  private WorkingHours() {}

  /**
   * Returns the decision {@code working-hours = prohibited}.
   *
   * @return the decision
   */
  public static Decision prohibited() {
    return Decision.of(PROHIBITED);
  }

  /**
   * Returns the decision {@code working-hours = time-limited}.
   *
   * @param minutesPerDay the minutesPerDay, 1 to 480
   * @return the decision
   */
  public static Decision timeLimited(int minutesPerDay) {
    return Decision.of(TIME_LIMITED)
        .withValue(MINUTES_PER_DAY, ParameterValue.ofInteger(minutesPerDay));
  }

  /**
   * Returns the decision {@code working-hours = breaks-only}.
   *
   * @return the decision
   */
  public static Decision breaksOnly() {
    return Decision.of(BREAKS_ONLY);
  }

  /**
   * Returns the decision {@code working-hours = work-related-only}.
   *
   * @return the decision
   */
  public static Decision workRelatedOnly() {
    return Decision.of(WORK_RELATED_ONLY);
  }

  /**
   * Returns the decision {@code working-hours = employee-discretion}.
   *
   * @return the decision
   */
  public static Decision employeeDiscretion() {
    return Decision.of(EMPLOYEE_DISCRETION);
  }
}
