package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * Whether staff may discuss work anonymously (IBM, adidas, GitLab).
 *
 * <p>The typed handles of the standard {@code anonymity} area: its options as constants and its
 * decisions as factories.
 */
public final class Anonymity {
  /** The area id, {@value}. */
  public static final String ID = "anonymity";

  /**
   * {@code no-anonymous-posts-about-work}: Who discusses the organisation or its field does so
   * under their own name.
   */
  public static final Option NO_ANONYMOUS_POSTS_ABOUT_WORK =
      Option.of(ID, "no-anonymous-posts-about-work");

  /**
   * {@code discouraged}: Anonymous posts about work are discouraged, not forbidden (IBM, adidas).
   */
  public static final Option DISCOURAGED = Option.of(ID, "discouraged");

  /** {@code not-addressed}: Anonymity is not addressed. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA =
      Area.of(ID, NO_ANONYMOUS_POSTS_ABOUT_WORK, DISCOURAGED, NOT_ADDRESSED);

  private Anonymity() {}

  /**
   * Returns the decision {@code anonymity = no-anonymous-posts-about-work}.
   *
   * @return the decision
   */
  public static Decision noAnonymousPostsAboutWork() {
    return Decision.of(NO_ANONYMOUS_POSTS_ABOUT_WORK);
  }

  /**
   * Returns the decision {@code anonymity = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }

  /**
   * Returns the decision {@code anonymity = discouraged}.
   *
   * @return the decision
   */
  public static Decision discouraged() {
    return Decision.of(DISCOURAGED);
  }
}
