package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * Whether private use is the employee's own affair ({@code 002}, {@code 003}).
 *
 * <p>The typed handles of the standard {@code private-use} area: its options as constants and its
 * decisions as factories.
 */
public final class PrivateUse {
  /** The area id, {@value}. */
  public static final String ID = "private-use";

  /**
   * {@code private-matter}: Private use is the employee's own affair; they act as private persons.
   */
  public static final Option PRIVATE_MATTER = Option.of(ID, "private-matter");

  /**
   * {@code guidelines-apply-when-identifiable}: The guidelines apply off duty when the employer can
   * be identified.
   */
  public static final Option GUIDELINES_APPLY_WHEN_IDENTIFIABLE =
      Option.of(ID, "guidelines-apply-when-identifiable");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, PRIVATE_MATTER, GUIDELINES_APPLY_WHEN_IDENTIFIABLE);

  private PrivateUse() {}

  /**
   * Returns the decision {@code private-use = private-matter}.
   *
   * @return the decision
   */
  public static Decision privateMatter() {
    return Decision.of(PRIVATE_MATTER);
  }

  /**
   * Returns the decision {@code private-use = guidelines-apply-when-identifiable}.
   *
   * @return the decision
   */
  public static Decision guidelinesApplyWhenIdentifiable() {
    return Decision.of(GUIDELINES_APPLY_WHEN_IDENTIFIABLE);
  }
}
