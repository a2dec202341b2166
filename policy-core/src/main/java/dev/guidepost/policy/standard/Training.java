package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * Who is trained (Intel, Coca-Cola, GitLab).
 *
 * <p>The typed handles of the standard {@code training} area: its options as constants and its
 * decisions as factories.
 */
public final class Training {
  /** The area id, {@value}. */
  public static final String ID = "training";

  /** {@code for-everyone}: Everyone is trained. */
  public static final Option FOR_EVERYONE = Option.of(ID, "for-everyone");

  /** {@code for-official-voices}: Those who post for the organisation are trained first. */
  public static final Option FOR_OFFICIAL_VOICES = Option.of(ID, "for-official-voices");

  /** {@code none}: No training. */
  public static final Option NONE = Option.of(ID, "none");

  /**
   * {@code required-for-everyone}: Everyone must complete the training, with any certification that
   * goes with it (issue 12: GitLab, IBM). A duty, unlike {@code for-everyone}, which offers it.
   */
  public static final Option REQUIRED_FOR_EVERYONE = Option.of(ID, "required-for-everyone");

  /**
   * {@code learning-encouraged}: Staff are encouraged to learn about social media; no formal
   * training is promised or required (issue 12: adidas).
   */
  public static final Option LEARNING_ENCOURAGED = Option.of(ID, "learning-encouraged");

  /** The area with its options, in their defined order. */
  public static final Area AREA =
      Area.of(
          ID, FOR_EVERYONE, FOR_OFFICIAL_VOICES, NONE, REQUIRED_FOR_EVERYONE, LEARNING_ENCOURAGED);

  private Training() {}

  /**
   * Returns the decision {@code training = for-everyone}.
   *
   * @return the decision
   */
  public static Decision forEveryone() {
    return Decision.of(FOR_EVERYONE);
  }

  /**
   * Returns the decision {@code training = for-official-voices}.
   *
   * @return the decision
   */
  public static Decision forOfficialVoices() {
    return Decision.of(FOR_OFFICIAL_VOICES);
  }

  /**
   * Returns the decision {@code training = none}.
   *
   * @return the decision
   */
  public static Decision none() {
    return Decision.of(NONE);
  }

  /**
   * Returns the decision {@code training = required-for-everyone}.
   *
   * @return the decision
   */
  public static Decision requiredForEveryone() {
    return Decision.of(REQUIRED_FOR_EVERYONE);
  }

  /**
   * Returns the decision {@code training = learning-encouraged}.
   *
   * @return the decision
   */
  public static Decision learningEncouraged() {
    return Decision.of(LEARNING_ENCOURAGED);
  }
}
