package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;
import java.util.Arrays;

/**
 * What follows a breach ({@code 000} 6).
 *
 * <p>The typed handles of the standard {@code consequences} area: its options as constants and its
 * decisions as factories.
 */
public final class Consequences {
  /** The area id, {@value}. */
  public static final String ID = "consequences";

  /** The name of the {@code sanctions} parameter. */
  public static final String SANCTIONS = "sanctions";

  /** {@code graduated}: Dialogue, then a warning, then sanctions. */
  public static final Option GRADUATED = Option.of(ID, "graduated");

  /** {@code dismissal-possible}: A breach may lead to dismissal. */
  public static final Option DISMISSAL_POSSIBLE = Option.of(ID, "dismissal-possible");

  /** {@code unspecified}: Consequences are not specified. */
  public static final Option UNSPECIFIED = Option.of(ID, "unspecified");

  /**
   * {@code listed-sanctions}: A breach may lead to the sanctions listed, named in order of gravity
   * (issue 12), so that a rule can see each one.
   */
  public static final Option LISTED_SANCTIONS =
      Option.of(
          ID,
          "listed-sanctions",
          Parameter.choices(SANCTIONS, Handles.ids(Sanction.values()), true)
              .withVocabulary("sanction"));

  /**
   * {@code contact-first-up-to-dismissal}: The organisation first contacts the person so that the
   * breach can be put right; breaches can then lead to disciplinary action up to and including
   * dismissal (issue 12: GitLab). A gentler first step is named, so dismissal is not the only one.
   */
  public static final Option CONTACT_FIRST_UP_TO_DISMISSAL =
      Option.of(ID, "contact-first-up-to-dismissal");

  /** The area with its options, in their defined order. */
  public static final Area AREA =
      Area.of(
          ID,
          GRADUATED,
          DISMISSAL_POSSIBLE,
          UNSPECIFIED,
          LISTED_SANCTIONS,
          CONTACT_FIRST_UP_TO_DISMISSAL);

  private Consequences() {}

  /**
   * Returns the decision {@code consequences = graduated}.
   *
   * @return the decision
   */
  public static Decision graduated() {
    return Decision.of(GRADUATED);
  }

  /**
   * Returns the decision {@code consequences = dismissal-possible}.
   *
   * @return the decision
   */
  public static Decision dismissalPossible() {
    return Decision.of(DISMISSAL_POSSIBLE);
  }

  /**
   * Returns the decision {@code consequences = unspecified}.
   *
   * @return the decision
   */
  public static Decision unspecified() {
    return Decision.of(UNSPECIFIED);
  }

  /**
   * Returns the decision {@code consequences = contact-first-up-to-dismissal}.
   *
   * @return the decision
   */
  public static Decision contactFirstUpToDismissal() {
    return Decision.of(CONTACT_FIRST_UP_TO_DISMISSAL);
  }

  /**
   * Returns the decision {@code consequences = listed-sanctions}. The sanctions are kept in order
   * of gravity, the mildest first, whatever order they are given in, so the policy names them in
   * that order.
   *
   * @param sanctions the sanctions, each at most once
   * @return the decision
   */
  public static Decision listedSanctions(Sanction... sanctions) {
    Sanction[] byGravity = sanctions.clone();
    Arrays.sort(byGravity);
    return Decision.of(LISTED_SANCTIONS).withValue(SANCTIONS, Handles.choices(byGravity));
  }
}
