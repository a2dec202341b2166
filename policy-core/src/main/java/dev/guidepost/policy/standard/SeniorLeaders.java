package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * The extra care owed by senior leaders and other staff with a public profile, whose posts are read
 * as the organisation's view (issue 12, after the BBC: extra duties for presenters of flagship
 * programmes; your personal brand comes second to your duty to the BBC).
 *
 * <p>The typed handles of the standard {@code senior-leaders} area: its options as constants and
 * its decisions as factories.
 */
public final class SeniorLeaders {
  /** The area id, {@value}. */
  public static final String ID = "senior-leaders";

  /**
   * {@code extra-care}: Senior leaders and staff with a public profile take extra care, since what
   * they post is read as the organisation's view, and put their duty to the organisation before
   * their personal brand.
   */
  public static final Option EXTRA_CARE = Option.of(ID, "extra-care");

  /**
   * {@code not-addressed}: The guidelines set no separate rules for senior leaders and staff with a
   * public profile.
   */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, EXTRA_CARE, NOT_ADDRESSED);

  private SeniorLeaders() {}

  /**
   * Returns the decision {@code senior-leaders = extra-care}.
   *
   * @return the decision
   */
  public static Decision extraCare() {
    return Decision.of(EXTRA_CARE);
  }

  /**
   * Returns the decision {@code senior-leaders = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }
}
