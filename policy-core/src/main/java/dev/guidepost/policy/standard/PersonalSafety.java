package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * Whether employees are advised to protect their own and their family's safety (GitLab, Best Buy,
 * Intel, IBM).
 *
 * <p>The typed handles of the standard {@code personal-safety} area: its options as constants and
 * its decisions as factories.
 */
public final class PersonalSafety {
  /** The area id, {@value}. */
  public static final String ID = "personal-safety";

  /**
   * {@code protect-yourself}: Advice not to share a home address, a private phone number, one's
   * whereabouts or pictures in which one's children can be recognised.
   */
  public static final Option PROTECT_YOURSELF = Option.of(ID, "protect-yourself");

  /** {@code not-addressed}: Personal safety is not addressed. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, PROTECT_YOURSELF, NOT_ADDRESSED);

  private PersonalSafety() {}

  /**
   * Returns the decision {@code personal-safety = protect-yourself}.
   *
   * @return the decision
   */
  public static Decision protectYourself() {
    return Decision.of(PROTECT_YOURSELF);
  }

  /**
   * Returns the decision {@code personal-safety = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }
}
