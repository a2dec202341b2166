package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * How staff handle politics in public (BBC, NPR, UK Civil Service).
 *
 * <p>The typed handles of the standard {@code political-activity} area: its options as constants
 * and its decisions as factories.
 */
public final class PoliticalActivity {
  /** The area id, {@value}. */
  public static final String ID = "political-activity";

  /**
   * {@code private-capacity-only}: Political views are one's own, never in the organisation's name.
   */
  public static final Option PRIVATE_CAPACITY_ONLY = Option.of(ID, "private-capacity-only");

  /** {@code impartiality-required}: Roles that must stay impartial do so in public. */
  public static final Option IMPARTIALITY_REQUIRED = Option.of(ID, "impartiality-required");

  /**
   * {@code consideration-advised}: Staff are advised, not required, to show consideration on
   * politics and religion (IBM).
   */
  public static final Option CONSIDERATION_ADVISED = Option.of(ID, "consideration-advised");

  /** {@code not-addressed}: Political activity is not addressed. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA =
      Area.of(
          ID, PRIVATE_CAPACITY_ONLY, IMPARTIALITY_REQUIRED, CONSIDERATION_ADVISED, NOT_ADDRESSED);

  private PoliticalActivity() {}

  /**
   * Returns the decision {@code political-activity = private-capacity-only}.
   *
   * @return the decision
   */
  public static Decision privateCapacityOnly() {
    return Decision.of(PRIVATE_CAPACITY_ONLY);
  }

  /**
   * Returns the decision {@code political-activity = impartiality-required}.
   *
   * @return the decision
   */
  public static Decision impartialityRequired() {
    return Decision.of(IMPARTIALITY_REQUIRED);
  }

  /**
   * Returns the decision {@code political-activity = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }

  /**
   * Returns the decision {@code political-activity = consideration-advised}.
   *
   * @return the decision
   */
  public static Decision considerationAdvised() {
    return Decision.of(CONSIDERATION_ADVISED);
  }
}
