package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * Whether staff paid by the hour work on social media outside their paid time (issue 12, after Best
 * Buy: hourly employees do not speak for the company off the clock, and staff who engage customers
 * do it on paid time).
 *
 * <p>The typed handles of the standard {@code off-the-clock} area: its options as constants and its
 * decisions as factories.
 */
public final class OffTheClock {
  /** The area id, {@value}. */
  public static final String ID = "off-the-clock";

  /**
   * {@code paid-time-only}: Staff paid by the hour do work on social media, such as answering
   * customers or posting for the organisation, only in paid working time.
   */
  public static final Option PAID_TIME_ONLY = Option.of(ID, "paid-time-only");

  /** {@code not-addressed}: The guidelines set no separate rules for work outside paid time. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, PAID_TIME_ONLY, NOT_ADDRESSED);

  private OffTheClock() {}

  /**
   * Returns the decision {@code off-the-clock = paid-time-only}.
   *
   * @return the decision
   */
  public static Decision paidTimeOnly() {
    return Decision.of(PAID_TIME_ONLY);
  }

  /**
   * Returns the decision {@code off-the-clock = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }
}
