package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;

/**
 * Whether employees share the organisation's content ({@code 004} 7, {@code 001}).
 *
 * <p>The typed handles of the standard {@code advocacy} area: its options as constants and its
 * decisions as factories.
 */
public final class Advocacy {
  /** The area id, {@value}. */
  public static final String ID = "advocacy";

  /** The name of the {@code shareable} parameter. */
  public static final String SHAREABLE = "shareable";

  /** {@code encouraged}: Employees are encouraged to share the content listed. */
  public static final Option ENCOURAGED =
      Option.of(
          ID,
          "encouraged",
          Parameter.choices("shareable", Handles.ids(Shareable.values()), false)
              .withVariant("shareable"));

  /**
   * {@code encouraged-voluntary}: Sharing and talking about work are encouraged, and stay voluntary
   * (adidas, Coca-Cola).
   */
  public static final Option ENCOURAGED_VOLUNTARY = Option.of(ID, "encouraged-voluntary");

  /** {@code voluntary}: Sharing is voluntary. */
  public static final Option VOLUNTARY = Option.of(ID, "voluntary");

  /** {@code not-allowed}: Employees do not share the organisation's content. */
  public static final Option NOT_ALLOWED = Option.of(ID, "not-allowed");

  /** The area with its options, in their defined order. */
  public static final Area AREA =
      Area.of(ID, ENCOURAGED, ENCOURAGED_VOLUNTARY, VOLUNTARY, NOT_ALLOWED);

  private Advocacy() {}

  /**
   * Returns the decision {@code advocacy = encouraged}.
   *
   * @param shareable the shareable, each at most once
   * @return the decision
   */
  public static Decision encouraged(Shareable... shareable) {
    return Decision.of(ENCOURAGED).withValue(SHAREABLE, Handles.choices(shareable));
  }

  /**
   * Returns the decision {@code advocacy = voluntary}.
   *
   * @return the decision
   */
  public static Decision voluntary() {
    return Decision.of(VOLUNTARY);
  }

  /**
   * Returns the decision {@code advocacy = not-allowed}.
   *
   * @return the decision
   */
  public static Decision notAllowed() {
    return Decision.of(NOT_ALLOWED);
  }

  /**
   * Returns the decision {@code advocacy = encouraged-voluntary}.
   *
   * @return the decision
   */
  public static Decision encouragedVoluntary() {
    return Decision.of(ENCOURAGED_VOLUNTARY);
  }
}
