package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * Whether business posts are kept as records (Coca-Cola; SEC Rule 17a-4, FINRA).
 *
 * <p>The typed handles of the standard {@code record-keeping} area: its options as constants and
 * its decisions as factories.
 */
public final class RecordKeeping {
  /** The area id, {@value}. */
  public static final String ID = "record-keeping";

  /**
   * {@code business-posts-archived}: What is posted for the organisation is kept as a business
   * record.
   */
  public static final Option BUSINESS_POSTS_ARCHIVED = Option.of(ID, "business-posts-archived");

  /** {@code not-addressed}: Record keeping is not addressed. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, BUSINESS_POSTS_ARCHIVED, NOT_ADDRESSED);

  private RecordKeeping() {}

  /**
   * Returns the decision {@code record-keeping = business-posts-archived}.
   *
   * @return the decision
   */
  public static Decision businessPostsArchived() {
    return Decision.of(BUSINESS_POSTS_ARCHIVED);
  }

  /**
   * Returns the decision {@code record-keeping = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }
}
