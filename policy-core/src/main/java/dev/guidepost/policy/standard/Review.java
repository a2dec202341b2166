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

  /**
   * {@code check-back}: No fixed review; the policy changes as social media change, and staff are
   * asked to check back regularly for the current version (issue 12: Intel).
   */
  public static final Option CHECK_BACK = Option.of(ID, "check-back");

  /**
   * {@code changed-without-notice}: No fixed review; the organisation may change the policy at any
   * time without notice (issue 12: GitLab). Where employees are represented and the policy monitors
   * them or sets binding rules of conduct, the rule {@code changes-need-representatives} points out
   * that the representatives have a say in such changes.
   */
  public static final Option CHANGED_WITHOUT_NOTICE = Option.of(ID, "changed-without-notice");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, EVERY, NONE, CHECK_BACK, CHANGED_WITHOUT_NOTICE);

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

  /**
   * Returns the decision {@code review = check-back}.
   *
   * @return the decision
   */
  public static Decision checkBack() {
    return Decision.of(CHECK_BACK);
  }

  /**
   * Returns the decision {@code review = changed-without-notice}.
   *
   * @return the decision
   */
  public static Decision changedWithoutNotice() {
    return Decision.of(CHANGED_WITHOUT_NOTICE);
  }
}
