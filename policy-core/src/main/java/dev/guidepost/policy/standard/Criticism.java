package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * How staff raise criticism of the employer ({@code 000} 6, {@code 002}, {@code 003}).
 *
 * <p>The typed handles of the standard {@code criticism} area: its options as constants and its
 * decisions as factories.
 */
public final class Criticism {
  /** The area id, {@value}. */
  public static final String ID = "criticism";

  /** {@code raise-internally-first}: Work matters are discussed with one's manager, not online. */
  public static final Option RAISE_INTERNALLY_FIRST = Option.of(ID, "raise-internally-first");

  /** {@code prohibited}: Negative statements about the employer may lead to dismissal. */
  public static final Option PROHIBITED = Option.of(ID, "prohibited");

  /**
   * {@code colleagues-not-in-public}: Colleagues are not criticised in public; feedback goes to
   * them directly (BBC, GitLab).
   */
  public static final Option COLLEAGUES_NOT_IN_PUBLIC = Option.of(ID, "colleagues-not-in-public");

  /** {@code not-addressed}: Criticism is not addressed. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA =
      Area.of(ID, RAISE_INTERNALLY_FIRST, PROHIBITED, COLLEAGUES_NOT_IN_PUBLIC, NOT_ADDRESSED);

  private Criticism() {}

  /**
   * Returns the decision {@code criticism = raise-internally-first}.
   *
   * @return the decision
   */
  public static Decision raiseInternallyFirst() {
    return Decision.of(RAISE_INTERNALLY_FIRST);
  }

  /**
   * Returns the decision {@code criticism = prohibited}.
   *
   * @return the decision
   */
  public static Decision prohibited() {
    return Decision.of(PROHIBITED);
  }

  /**
   * Returns the decision {@code criticism = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }

  /**
   * Returns the decision {@code criticism = colleagues-not-in-public}.
   *
   * @return the decision
   */
  public static Decision colleaguesNotInPublic() {
    return Decision.of(COLLEAGUES_NOT_IN_PUBLIC);
  }
}
