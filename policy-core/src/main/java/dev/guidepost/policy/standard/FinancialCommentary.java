package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * Whether staff comment on the organisation's financial results and share price (issue 12).
 *
 * <p>The typed handles of the standard {@code financial-commentary} area: its options as constants
 * and its decisions as factories. What is confidential and what must not be said before it is
 * published belongs to {@code confidentiality}; this area holds what staff may say about financial
 * news once it is public.
 */
public final class FinancialCommentary {
  /** The area id, {@value}. */
  public static final String ID = "financial-commentary";

  /**
   * {@code published-news-without-comment}: Published financial news may be shared, without
   * commentary or speculation.
   */
  public static final Option PUBLISHED_NEWS_WITHOUT_COMMENT =
      Option.of(ID, "published-news-without-comment");

  /**
   * {@code no-comment-on-results-or-share-price}: Staff neither share nor comment on results or the
   * share price; they refer to the official channels.
   */
  public static final Option NO_COMMENT_ON_RESULTS_OR_SHARE_PRICE =
      Option.of(ID, "no-comment-on-results-or-share-price");

  /** {@code not-addressed}: The guidelines say nothing particular about financial news. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA =
      Area.of(
          ID, PUBLISHED_NEWS_WITHOUT_COMMENT, NO_COMMENT_ON_RESULTS_OR_SHARE_PRICE, NOT_ADDRESSED);

  private FinancialCommentary() {}

  /**
   * Returns the decision {@code financial-commentary = published-news-without-comment}.
   *
   * @return the decision
   */
  public static Decision publishedNewsWithoutComment() {
    return Decision.of(PUBLISHED_NEWS_WITHOUT_COMMENT);
  }

  /**
   * Returns the decision {@code financial-commentary = no-comment-on-results-or-share-price}.
   *
   * @return the decision
   */
  public static Decision noCommentOnResultsOrSharePrice() {
    return Decision.of(NO_COMMENT_ON_RESULTS_OR_SHARE_PRICE);
  }

  /**
   * Returns the decision {@code financial-commentary = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }
}
