package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;
import java.util.List;

/**
 * What stays off social media ({@code 000} 4, {@code 002}).
 *
 * <p>The typed handles of the standard {@code confidentiality} area: its options as constants and
 * its decisions as factories. Either ban may state {@linkplain CarveOut carve-outs}, what the rule
 * expressly does not cover, in a sentence after the rule; {@code care-advised} is advice, not a
 * ban, and has none.
 */
public final class Confidentiality {
  /** The area id, {@value}. */
  public static final String ID = "confidentiality";

  /** The name of the {@code topics} parameter. */
  public static final String TOPICS = "topics";

  /** The name of the {@code carveOuts} parameter. */
  public static final String CARVE_OUTS = "carveOuts";

  /**
   * The optional {@code carveOuts} parameter of both options: when not empty it selects the clause
   * variant {@code carve-outs}, and its ids are labelled {@code value.carve-out.<id>}.
   */
  private static final Parameter CARVE_OUTS_PARAMETER =
      Parameter.choices(CARVE_OUTS, Handles.ids(CarveOut.values()), false)
          .withVariant("carve-outs")
          .withVocabulary("carve-out");

  /** {@code listed-topics}: The topics listed are confidential, with optional carve-outs. */
  public static final Option LISTED_TOPICS =
      Option.of(
          ID,
          "listed-topics",
          Parameter.choices("topics", Handles.ids(Topic.values()), true).withVocabulary("topic"),
          CARVE_OUTS_PARAMETER);

  /**
   * {@code all-internal-information}: All internal information is confidential, with optional
   * carve-outs.
   */
  public static final Option ALL_INTERNAL_INFORMATION =
      Option.of(ID, "all-internal-information", CARVE_OUTS_PARAMETER);

  /**
   * {@code care-advised}: Advice to take care with confidential information, not a ban. Rules that
   * read a ban on sharing information (pay talk, the US immunity notice) do not read this option.
   */
  public static final Option CARE_ADVISED = Option.of(ID, "care-advised");

  /** The area with its options, in their defined order. */
  public static final Area AREA =
      Area.of(ID, LISTED_TOPICS, ALL_INTERNAL_INFORMATION, CARE_ADVISED);

  private Confidentiality() {}

  /**
   * Returns the decision {@code confidentiality = listed-topics} without carve-outs.
   *
   * @param topics the topics, each at most once
   * @return the decision
   */
  public static Decision listedTopics(Topic... topics) {
    return Decision.of(LISTED_TOPICS).withValue(TOPICS, Handles.choices(topics));
  }

  /**
   * Returns the decision {@code confidentiality = listed-topics} with carve-outs.
   *
   * @param topics the topics, each at most once
   * @param carveOuts what the rule does not cover, each at most once; empty for none
   * @return the decision
   */
  public static Decision listedTopics(List<Topic> topics, List<CarveOut> carveOuts) {
    return withCarveOuts(
        Decision.of(LISTED_TOPICS).withValue(TOPICS, Handles.choices(topics)), carveOuts);
  }

  /**
   * Returns the decision {@code confidentiality = all-internal-information} without carve-outs.
   *
   * @return the decision
   */
  public static Decision allInternalInformation() {
    return Decision.of(ALL_INTERNAL_INFORMATION);
  }

  /**
   * Returns the decision {@code confidentiality = all-internal-information} with carve-outs.
   *
   * @param carveOuts what the rule does not cover, each at most once
   * @return the decision
   */
  public static Decision allInternalInformation(CarveOut... carveOuts) {
    return withCarveOuts(Decision.of(ALL_INTERNAL_INFORMATION), List.of(carveOuts));
  }

  /**
   * Returns the decision {@code confidentiality = care-advised}.
   *
   * @return the decision
   */
  public static Decision careAdvised() {
    return Decision.of(CARE_ADVISED);
  }

  private static Decision withCarveOuts(Decision decision, List<CarveOut> carveOuts) {
    return carveOuts.isEmpty()
        ? decision
        : decision.withValue(CARVE_OUTS, Handles.choices(carveOuts));
  }
}
