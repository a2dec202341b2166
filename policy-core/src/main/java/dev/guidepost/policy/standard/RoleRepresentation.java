package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * Whether staff must not misrepresent their role or claim to speak for the organisation (GitLab,
 * Intel, Best Buy).
 *
 * <p>The typed handles of the standard {@code role-representation} area: its options as constants
 * and its decisions as factories. Who may speak for the organisation is {@link Spokespersons}; this
 * area is the standard every employee keeps whatever that answer is.
 */
public final class RoleRepresentation {
  /** The area id, {@value}. */
  public static final String ID = "role-representation";

  /**
   * {@code no-misrepresentation}: No false title, expertise or authority, and no claim to speak for
   * the organisation without being authorised.
   */
  public static final Option NO_MISREPRESENTATION = Option.of(ID, "no-misrepresentation");

  /** {@code not-addressed}: Representing one's role is not addressed. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, NO_MISREPRESENTATION, NOT_ADDRESSED);

  private RoleRepresentation() {}

  /**
   * Returns the decision {@code role-representation = no-misrepresentation}.
   *
   * @return the decision
   */
  public static Decision noMisrepresentation() {
    return Decision.of(NO_MISREPRESENTATION);
  }

  /**
   * Returns the decision {@code role-representation = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }
}
