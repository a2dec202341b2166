package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * Whether there is one official page per network ({@code 004} 3).
 *
 * <p>The typed handles of the standard {@code official-page} area: its options as constants and its
 * decisions as factories.
 */
public final class OfficialPage {
  /** The area id, {@value}. */
  public static final String ID = "official-page";

  /** {@code single-official-page}: One official page per network; employees link to it. */
  public static final Option SINGLE_OFFICIAL_PAGE = Option.of(ID, "single-official-page");

  /** {@code multiple-pages-allowed}: Several pages may exist. */
  public static final Option MULTIPLE_PAGES_ALLOWED = Option.of(ID, "multiple-pages-allowed");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, SINGLE_OFFICIAL_PAGE, MULTIPLE_PAGES_ALLOWED);

  private OfficialPage() {}

  /**
   * Returns the decision {@code official-page = single-official-page}.
   *
   * @return the decision
   */
  public static Decision singleOfficialPage() {
    return Decision.of(SINGLE_OFFICIAL_PAGE);
  }

  /**
   * Returns the decision {@code official-page = multiple-pages-allowed}.
   *
   * @return the decision
   */
  public static Decision multiplePagesAllowed() {
    return Decision.of(MULTIPLE_PAGES_ALLOWED);
  }
}
