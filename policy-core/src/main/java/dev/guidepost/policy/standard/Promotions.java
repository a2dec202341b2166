package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;

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

  /** The name of the optional {@code contacts} parameter of {@code approval-required}. */
  public static final String CONTACTS = "contacts";

  /**
   * {@code approval-required}: Contests, giveaways and offers run only on official accounts, once
   * approved, within the law and the platform's rules. The optional {@code contacts} name who
   * approves them and whose guidance they follow (variant {@code contacts}); the approval is of the
   * organisation's own promotions, not of employees' posts.
   */
  public static final Option APPROVAL_REQUIRED =
      Option.of(
          ID,
          "approval-required",
          Parameter.choices(CONTACTS, Handles.ids(Contact.values()), false)
              .withVariant("contacts")
              .withVocabulary("contact"));

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
   * Returns the decision {@code promotions = approval-required} with those who approve.
   *
   * @param contacts who approves promotions, each at most once; at least one
   * @return the decision
   */
  public static Decision approvalRequired(Contact... contacts) {
    return Decision.of(APPROVAL_REQUIRED).withValue(CONTACTS, Handles.choices(contacts));
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
