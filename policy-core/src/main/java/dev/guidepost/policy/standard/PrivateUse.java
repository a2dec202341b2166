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

  /**
   * {@code guidelines-always-apply}: The guidelines apply off duty, on any device, named or not
   * (GitLab, BBC, Best Buy).
   */
  public static final Option GUIDELINES_ALWAYS_APPLY = Option.of(ID, "guidelines-always-apply");

  /**
   * {@code all-digital-activity}: The guidelines reach all digital activity, in and out of work (UK
   * Civil Service).
   */
  public static final Option ALL_DIGITAL_ACTIVITY = Option.of(ID, "all-digital-activity");

  /** The area with its options, in their defined order. */
  public static final Area AREA =
      Area.of(
          ID,
          PRIVATE_MATTER,
          GUIDELINES_APPLY_WHEN_IDENTIFIABLE,
          GUIDELINES_ALWAYS_APPLY,
          ALL_DIGITAL_ACTIVITY);

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

  /**
   * Returns the decision {@code private-use = guidelines-always-apply}.
   *
   * @return the decision
   */
  public static Decision guidelinesAlwaysApply() {
    return Decision.of(GUIDELINES_ALWAYS_APPLY);
  }

  /**
   * Returns the decision {@code private-use = all-digital-activity}.
   *
   * @return the decision
   */
  public static Decision allDigitalActivity() {
    return Decision.of(ALL_DIGITAL_ACTIVITY);
  }
}
