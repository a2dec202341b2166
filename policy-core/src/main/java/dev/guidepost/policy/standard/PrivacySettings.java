package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * Whether staff are advised to separate private and work contacts ({@code 000} 3, {@code 002}), or
 * to treat everything they post as public whatever their settings (BBC).
 *
 * <p>The typed handles of the standard {@code privacy-settings} area: its options as constants and
 * its decisions as factories.
 */
public final class PrivacySettings {
  /** The area id, {@value}. */
  public static final String ID = "privacy-settings";

  /**
   * {@code recommended}: Use lists and audiences to separate contacts; remember how far a post
   * reaches.
   */
  public static final Option RECOMMENDED = Option.of(ID, "recommended");

  /**
   * {@code assume-public}: Everything posted is to be treated as public, whatever the privacy
   * settings (BBC).
   */
  public static final Option ASSUME_PUBLIC = Option.of(ID, "assume-public");

  /** {@code not-addressed}: Privacy settings are not addressed. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, RECOMMENDED, ASSUME_PUBLIC, NOT_ADDRESSED);

  private PrivacySettings() {}

  /**
   * Returns the decision {@code privacy-settings = recommended}.
   *
   * @return the decision
   */
  public static Decision recommended() {
    return Decision.of(RECOMMENDED);
  }

  /**
   * Returns the decision {@code privacy-settings = assume-public}.
   *
   * @return the decision
   */
  public static Decision assumePublic() {
    return Decision.of(ASSUME_PUBLIC);
  }

  /**
   * Returns the decision {@code privacy-settings = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }
}
