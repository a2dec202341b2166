package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;

/**
 * The small good practices employees are asked to follow in their own posts: first person, adding
 * value, citing others, professional contact with colleagues, no company logo in the profile.
 *
 * <p>The typed handles of the standard {@code good-practice} area: its options as constants and its
 * decisions as factories. Each practice is its own value, so that a rule can read each one; the
 * clause asks ("we ask you to"), as the published policies do.
 */
public final class GoodPractice {
  /** The area id, {@value}. */
  public static final String ID = "good-practice";

  /** The name of the {@code practices} parameter. */
  public static final String PRACTICES = "practices";

  /** {@code listed}: Employees are asked to follow the practices listed. */
  public static final Option LISTED =
      Option.of(
          ID,
          "listed",
          Parameter.choices(PRACTICES, Handles.ids(PostingPractice.values()), true)
              .withVocabulary("posting-practice"));

  /** {@code not-addressed}: No particular practices are asked for. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, LISTED, NOT_ADDRESSED);

  private GoodPractice() {}

  /**
   * Returns the decision {@code good-practice = listed}.
   *
   * @param practices the practices, each at most once
   * @return the decision
   */
  public static Decision listed(PostingPractice... practices) {
    return Decision.of(LISTED).withValue(PRACTICES, Handles.choices(practices));
  }

  /**
   * Returns the decision {@code good-practice = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }
}
