package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * Whether photos and stories about others need their consent ({@code 002}).
 *
 * <p>The typed handles of the standard {@code photos-and-content} area: its options as constants
 * and its decisions as factories.
 */
public final class PhotosAndContent {
  /** The area id, {@value}. */
  public static final String ID = "photos-and-content";

  /**
   * {@code consent-required}: Photos and stories about colleagues, customers and workplaces need
   * consent; copyright is respected.
   */
  public static final Option CONSENT_REQUIRED = Option.of(ID, "consent-required");

  /** {@code not-addressed}: Photos and content are not addressed. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, CONSENT_REQUIRED, NOT_ADDRESSED);

  private PhotosAndContent() {}

  /**
   * Returns the decision {@code photos-and-content = consent-required}.
   *
   * @return the decision
   */
  public static Decision consentRequired() {
    return Decision.of(CONSENT_REQUIRED);
  }

  /**
   * Returns the decision {@code photos-and-content = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }
}
