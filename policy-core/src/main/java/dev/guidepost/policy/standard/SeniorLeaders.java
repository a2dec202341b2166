package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterKind;
import dev.guidepost.policy.model.ParameterValue;

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

  /** The name of the {@code impartial} parameter. */
  public static final String IMPARTIAL = "impartial";

  /**
   * {@code extra-care}: Senior leaders and staff with a public profile take extra care, since what
   * they post is read as the organisation's view, and put their duty to the organisation before
   * their personal brand; the optional {@code impartial}, when true, selects the clause variant
   * {@code impartial}, which binds them to the impartiality of editorial staff as well (after the
   * BBC, whose news staff and senior leaders do not reveal their vote).
   */
  public static final Option EXTRA_CARE =
      Option.of(
          ID,
          "extra-care",
          Parameter.of(IMPARTIAL, ParameterKind.BOOLEAN, false).withVariant("impartial"));

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
   * Returns the decision {@code senior-leaders = extra-care}, impartial on matters of public debate
   * or not.
   *
   * @param impartial whether senior leaders stay impartial as editorial staff do
   * @return the decision
   */
  public static Decision extraCare(boolean impartial) {
    return extraCare().withValue(IMPARTIAL, ParameterValue.ofBoolean(impartial));
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
