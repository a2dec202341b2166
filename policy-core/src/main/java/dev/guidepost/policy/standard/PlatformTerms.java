package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * Whether employees are asked to follow each platform's terms of use (GitLab, Intel, IBM).
 *
 * <p>The typed handles of the standard {@code platform-terms} area: its options as constants and
 * its decisions as factories.
 */
public final class PlatformTerms {
  /** The area id, {@value}. */
  public static final String ID = "platform-terms";

  /** {@code follow-terms}: The terms of use and community rules of each platform are followed. */
  public static final Option FOLLOW_TERMS = Option.of(ID, "follow-terms");

  /** {@code not-addressed}: The platforms' terms are not addressed. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, FOLLOW_TERMS, NOT_ADDRESSED);

  private PlatformTerms() {}

  /**
   * Returns the decision {@code platform-terms = follow-terms}.
   *
   * @return the decision
   */
  public static Decision followTerms() {
    return Decision.of(FOLLOW_TERMS);
  }

  /**
   * Returns the decision {@code platform-terms = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }
}
