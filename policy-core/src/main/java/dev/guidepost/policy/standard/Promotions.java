package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * Contests, giveaways and offers on the organisation's social media (issue 12).
 *
 * <p>The typed handles of the standard {@code promotions} area: its options as constants and its
 * decisions as factories. A promotion is the organisation's own commercial act: marketing law and
 * each platform's own rules for promotions apply to it, so it is run on official accounts and
 * approved before it starts, or not run at all.
 */
public final class Promotions {
  /** The area id, {@value}. */
  public static final String ID = "promotions";

  /**
   * {@code approval-required}: Contests, giveaways and offers run only on official accounts, once
   * approved, within the law and the platform's rules.
   */
  public static final Option APPROVAL_REQUIRED = Option.of(ID, "approval-required");

  /** {@code not-run}: The organisation runs no contests, giveaways or offers on social media. */
  public static final Option NOT_RUN = Option.of(ID, "not-run");

  /** {@code not-addressed}: The guidelines say nothing particular about promotions. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, APPROVAL_REQUIRED, NOT_RUN, NOT_ADDRESSED);

  private Promotions() {}

  /**
   * Returns the decision {@code promotions = approval-required}.
   *
   * @return the decision
   */
  public static Decision approvalRequired() {
    return Decision.of(APPROVAL_REQUIRED);
  }

  /**
   * Returns the decision {@code promotions = not-run}.
   *
   * @return the decision
   */
  public static Decision notRun() {
    return Decision.of(NOT_RUN);
  }

  /**
   * Returns the decision {@code promotions = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }
}
