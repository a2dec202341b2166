package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterKind;
import dev.guidepost.policy.model.ParameterValue;

/**
 * Why the organisation is on social media ({@code 004} 1).
 *
 * <p>The typed handles of the standard {@code purpose} area: its options as constants and its
 * decisions as factories.
 */
public final class Purpose {
  /** The area id, {@value}. */
  public static final String ID = "purpose";

  /** The name of the {@code goals} parameter. */
  public static final String GOALS = "goals";

  /** The name of the {@code measured} parameter. */
  public static final String MEASURED = "measured";

  /** {@code defined}: The goals are defined and, ideally, measured. */
  public static final Option DEFINED =
      Option.of(
          ID,
          "defined",
          Parameter.choices("goals", Handles.ids(Goal.values()), true).withVocabulary("goal"),
          Parameter.of("measured", ParameterKind.BOOLEAN, false).withVariant("measured"));

  /** {@code undefined}: The purpose is not defined. */
  public static final Option UNDEFINED = Option.of(ID, "undefined");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, DEFINED, UNDEFINED);

  private Purpose() {}

  /**
   * Returns the decision {@code purpose = defined}.
   *
   * @param measured whether measured
   * @param goals the goals, each at most once
   * @return the decision
   */
  public static Decision defined(boolean measured, Goal... goals) {
    return Decision.of(DEFINED)
        .withValue(GOALS, Handles.choices(goals))
        .withValue(MEASURED, ParameterValue.ofBoolean(measured));
  }

  /**
   * Returns the decision {@code purpose = undefined}.
   *
   * @return the decision
   */
  public static Decision undefined() {
    return Decision.of(UNDEFINED);
  }
}
