package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * How posts by others on the official accounts are moderated (BBC, Intel, Best Buy).
 *
 * <p>The typed handles of the standard {@code moderation} area: its options as constants and its
 * decisions as factories.
 */
public final class Moderation {
  /** The area id, {@value}. */
  public static final String ID = "moderation";

  /**
   * {@code house-rules}: Published house rules; only unlawful, abusive or off-topic posts are
   * removed; legitimate criticism is answered, not deleted.
   */
  public static final Option HOUSE_RULES = Option.of(ID, "house-rules");

  /** {@code not-addressed}: Moderation is not addressed. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, HOUSE_RULES, NOT_ADDRESSED);

  private Moderation() {}

  /**
   * Returns the decision {@code moderation = house-rules}.
   *
   * @return the decision
   */
  public static Decision houseRules() {
    return Decision.of(HOUSE_RULES);
  }

  /**
   * Returns the decision {@code moderation = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }
}
