package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;

/**
 * What stays off social media ({@code 000} 4, {@code 002}).
 *
 * <p>The typed handles of the standard {@code confidentiality} area: its options as constants and
 * its decisions as factories.
 */
public final class Confidentiality {
  /** The area id, {@value}. */
  public static final String ID = "confidentiality";

  /** The name of the {@code topics} parameter. */
  public static final String TOPICS = "topics";

  /** {@code listed-topics}: The topics listed are confidential. */
  public static final Option LISTED_TOPICS =
      Option.of(
          ID,
          "listed-topics",
          Parameter.choices("topics", Handles.ids(Topic.values()), true).withVocabulary("topic"));

  /** {@code all-internal-information}: All internal information is confidential. */
  public static final Option ALL_INTERNAL_INFORMATION = Option.of(ID, "all-internal-information");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, LISTED_TOPICS, ALL_INTERNAL_INFORMATION);

  private Confidentiality() {}

  /**
   * Returns the decision {@code confidentiality = listed-topics}.
   *
   * @param topics the topics, each at most once
   * @return the decision
   */
  public static Decision listedTopics(Topic... topics) {
    return Decision.of(LISTED_TOPICS).withValue(TOPICS, Handles.choices(topics));
  }

  /**
   * Returns the decision {@code confidentiality = all-internal-information}.
   *
   * @return the decision
   */
  public static Decision allInternalInformation() {
    return Decision.of(ALL_INTERNAL_INFORMATION);
  }
}
