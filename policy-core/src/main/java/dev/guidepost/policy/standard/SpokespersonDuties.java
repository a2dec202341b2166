package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * What those who speak for the organisation owe it when they do (issue 12, after Coca-Cola's
 * principles for its spokespeople: follow the code and the other policies, remember that you
 * represent the company, disclose your affiliation).
 *
 * <p>The typed handles of the standard {@code spokesperson-duties} area: its options as constants
 * and its decisions as factories. Who may speak for the organisation is the {@code spokespersons}
 * area's; this area binds only those who do.
 */
public final class SpokespersonDuties {
  /** The area id, {@value}. */
  public static final String ID = "spokesperson-duties";

  /**
   * {@code represent-the-organisation}: Those who speak for the organisation remember that they
   * represent it, follow the guidelines and the other rules of their job, and say openly on whose
   * behalf they post.
   */
  public static final Option REPRESENT_THE_ORGANISATION =
      Option.of(ID, "represent-the-organisation");

  /**
   * {@code not-addressed}: The guidelines set no separate duties for those who speak for the
   * organisation.
   */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, REPRESENT_THE_ORGANISATION, NOT_ADDRESSED);

  private SpokespersonDuties() {}

  /**
   * Returns the decision {@code spokesperson-duties = represent-the-organisation}.
   *
   * @return the decision
   */
  public static Decision representTheOrganisation() {
    return Decision.of(REPRESENT_THE_ORGANISATION);
  }

  /**
   * Returns the decision {@code spokesperson-duties = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }
}
