package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * Whether employees confirm that they have read the guidelines, and when (GitLab: "confirm reading
 * at onboarding").
 *
 * <p>The typed handles of the standard {@code acknowledgement} area: its options as constants and
 * its decisions as factories. A confirmation asked again at each change of the guidelines is how an
 * organisation can show that everyone was told of the version in force.
 */
public final class Acknowledgement {
  /** The area id, {@value}. */
  public static final String ID = "acknowledgement";

  /**
   * {@code on-joining}: New employees confirm that they have read the guidelines when they join.
   */
  public static final Option ON_JOINING = Option.of(ID, "on-joining");

  /**
   * {@code on-joining-and-each-change}: Employees confirm that they have read the guidelines when
   * they join and again each time the guidelines change.
   */
  public static final Option ON_JOINING_AND_EACH_CHANGE =
      Option.of(ID, "on-joining-and-each-change");

  /** {@code not-addressed}: The guidelines ask no one to confirm having read them. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA =
      Area.of(ID, ON_JOINING, ON_JOINING_AND_EACH_CHANGE, NOT_ADDRESSED);

  private Acknowledgement() {}

  /**
   * Returns the decision {@code acknowledgement = on-joining}.
   *
   * @return the decision
   */
  public static Decision onJoining() {
    return Decision.of(ON_JOINING);
  }

  /**
   * Returns the decision {@code acknowledgement = on-joining-and-each-change}.
   *
   * @return the decision
   */
  public static Decision onJoiningAndEachChange() {
    return Decision.of(ON_JOINING_AND_EACH_CHANGE);
  }

  /**
   * Returns the decision {@code acknowledgement = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }
}
