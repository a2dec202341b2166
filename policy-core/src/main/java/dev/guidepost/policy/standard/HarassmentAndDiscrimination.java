package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * Whether the policy forbids harassment and discrimination on social media (GitLab, Best Buy).
 *
 * <p>The typed handles of the standard {@code harassment-and-discrimination} area: its options as
 * constants and its decisions as factories.
 */
public final class HarassmentAndDiscrimination {
  /** The area id, {@value}. */
  public static final String ID = "harassment-and-discrimination";

  /** {@code prohibited}: No harassment, bullying or discriminatory remarks. */
  public static final Option PROHIBITED = Option.of(ID, "prohibited");

  /** {@code not-addressed}: Harassment and discrimination are not addressed. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, PROHIBITED, NOT_ADDRESSED);

  private HarassmentAndDiscrimination() {}

  /**
   * Returns the decision {@code harassment-and-discrimination = prohibited}.
   *
   * @return the decision
   */
  public static Decision prohibited() {
    return Decision.of(PROHIBITED);
  }

  /**
   * Returns the decision {@code harassment-and-discrimination = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }
}
