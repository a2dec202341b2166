package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * Whether others' images, videos, music, texts, logos and trademarks are used only with permission,
 * and sources credited (GitLab, Intel, IBM, adidas, Coca-Cola).
 *
 * <p>The typed handles of the standard {@code intellectual-property} area: its options as constants
 * and its decisions as factories.
 */
public final class IntellectualProperty {
  /** The area id, {@value}. */
  public static final String ID = "intellectual-property";

  /**
   * {@code permission-and-credit}: Others' work only with the owner's permission or where the law
   * allows it, otherwise linked to; sources named; logos and trademarks only with permission.
   */
  public static final Option PERMISSION_AND_CREDIT = Option.of(ID, "permission-and-credit");

  /**
   * {@code permission-credit-and-publicity}: As {@code permission-and-credit}, and no one's name,
   * picture or likeness used to promote anything without their permission (publicity rights).
   */
  public static final Option PERMISSION_CREDIT_AND_PUBLICITY =
      Option.of(ID, "permission-credit-and-publicity");

  /** {@code not-addressed}: Others' content and trademarks are not addressed. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA =
      Area.of(ID, PERMISSION_AND_CREDIT, PERMISSION_CREDIT_AND_PUBLICITY, NOT_ADDRESSED);

  private IntellectualProperty() {}

  /**
   * Returns the decision {@code intellectual-property = permission-and-credit}.
   *
   * @return the decision
   */
  public static Decision permissionAndCredit() {
    return Decision.of(PERMISSION_AND_CREDIT);
  }

  /**
   * Returns the decision {@code intellectual-property = permission-credit-and-publicity}.
   *
   * @return the decision
   */
  public static Decision permissionCreditAndPublicity() {
    return Decision.of(PERMISSION_CREDIT_AND_PUBLICITY);
  }

  /**
   * Returns the decision {@code intellectual-property = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }
}
