package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterKind;
import dev.guidepost.policy.model.ParameterValue;

/**
 * Who runs the organisation's social media ({@code 003}).
 *
 * <p>The typed handles of the standard {@code governance} area: its options as constants and its
 * decisions as factories.
 */
public final class Governance {
  /** The area id, {@value}. */
  public static final String ID = "governance";

  /** The name of the {@code contact} parameter. */
  public static final String CONTACT = "contact";

  /**
   * {@code social-media-manager}: A social media manager is the point of contact and leads by
   * example.
   */
  public static final Option SOCIAL_MEDIA_MANAGER =
      Option.of(
          ID,
          "social-media-manager",
          Parameter.of("contact", ParameterKind.TEXT, false).withVariant("contact"));

  /** {@code communications-team}: The communications team runs it. */
  public static final Option COMMUNICATIONS_TEAM = Option.of(ID, "communications-team");

  /**
   * {@code editorial-oversight}: Every account in the organisation's name is under editorial, not
   * only communications, oversight (the BBC).
   */
  public static final Option EDITORIAL_OVERSIGHT = Option.of(ID, "editorial-oversight");

  /** {@code no-owner}: No one is responsible. */
  public static final Option NO_OWNER = Option.of(ID, "no-owner");

  /** The area with its options, in their defined order. */
  public static final Area AREA =
      Area.of(ID, SOCIAL_MEDIA_MANAGER, COMMUNICATIONS_TEAM, EDITORIAL_OVERSIGHT, NO_OWNER);

  private Governance() {}

  /**
   * Returns the decision {@code governance = social-media-manager} without its optional parameters.
   *
   * @return the decision
   */
  public static Decision socialMediaManager() {
    return Decision.of(SOCIAL_MEDIA_MANAGER);
  }

  /**
   * Returns the decision {@code governance = social-media-manager}.
   *
   * @param contact the contact
   * @return the decision
   */
  public static Decision socialMediaManager(String contact) {
    return Decision.of(SOCIAL_MEDIA_MANAGER).withValue(CONTACT, ParameterValue.ofText(contact));
  }

  /**
   * Returns the decision {@code governance = communications-team}.
   *
   * @return the decision
   */
  public static Decision communicationsTeam() {
    return Decision.of(COMMUNICATIONS_TEAM);
  }

  /**
   * Returns the decision {@code governance = editorial-oversight}.
   *
   * @return the decision
   */
  public static Decision editorialOversight() {
    return Decision.of(EDITORIAL_OVERSIGHT);
  }

  /**
   * Returns the decision {@code governance = no-owner}.
   *
   * @return the decision
   */
  public static Decision noOwner() {
    return Decision.of(NO_OWNER);
  }
}
