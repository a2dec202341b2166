package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * The impartiality owed by journalists and other editorial staff on matters of public debate (issue
 * 12, after the BBC's rules for staff in news, current affairs and factual journalism).
 *
 * <p>The typed handles of the standard {@code editorial-staff} area: its options as constants and
 * its decisions as factories. It binds editorial staff only; {@code political-activity =
 * impartiality-required} asks every role that must be impartial to stay so, without saying what
 * that means for editorial work.
 */
public final class EditorialStaff {
  /** The area id, {@value}. */
  public static final String ID = "editorial-staff";

  /**
   * {@code impartial}: Editorial staff keep their views on party politics and matters of public
   * debate to themselves, also through what they follow, like and share.
   */
  public static final Option IMPARTIAL = Option.of(ID, "impartial");

  /** {@code not-addressed}: The guidelines set no separate rules for editorial staff. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, IMPARTIAL, NOT_ADDRESSED);

  private EditorialStaff() {}

  /**
   * Returns the decision {@code editorial-staff = impartial}.
   *
   * @return the decision
   */
  public static Decision impartial() {
    return Decision.of(IMPARTIAL);
  }

  /**
   * Returns the decision {@code editorial-staff = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }
}
