package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * Whether the employer monitors social media ({@code 003} comments).
 *
 * <p>The typed handles of the standard {@code monitoring} area: its options as constants and its
 * decisions as factories.
 */
public final class Monitoring {
  /** The area id, {@value}. */
  public static final String ID = "monitoring";

  /** {@code none}: No monitoring. */
  public static final Option NONE = Option.of(ID, "none");

  /** {@code public-content-only}: Only public content is followed. */
  public static final Option PUBLIC_CONTENT_ONLY = Option.of(ID, "public-content-only");

  /** {@code active-monitoring}: Social media use is actively monitored. */
  public static final Option ACTIVE_MONITORING = Option.of(ID, "active-monitoring");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, NONE, PUBLIC_CONTENT_ONLY, ACTIVE_MONITORING);

  private Monitoring() {}

  /**
   * Returns the decision {@code monitoring = none}.
   *
   * @return the decision
   */
  public static Decision none() {
    return Decision.of(NONE);
  }

  /**
   * Returns the decision {@code monitoring = public-content-only}.
   *
   * @return the decision
   */
  public static Decision publicContentOnly() {
    return Decision.of(PUBLIC_CONTENT_ONLY);
  }

  /**
   * Returns the decision {@code monitoring = active-monitoring}.
   *
   * @return the decision
   */
  public static Decision activeMonitoring() {
    return Decision.of(ACTIVE_MONITORING);
  }
}
