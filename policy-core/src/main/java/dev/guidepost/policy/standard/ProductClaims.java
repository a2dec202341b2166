package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * What staff may claim about the organisation's products and services (issue 12).
 *
 * <p>The typed handles of the standard {@code product-claims} area: its options as constants and
 * its decisions as factories. Claims, comparisons and benchmarks are commercial speech: what is
 * said must be true and backed by evidence, or be limited to what the organisation has published
 * itself. Confidential product plans belong to {@code confidentiality}; competitors as such to
 * {@code competitors}.
 */
public final class ProductClaims {
  /** The area id, {@value}. */
  public static final String ID = "product-claims";

  /**
   * {@code substantiated-only}: Claims, comparisons and benchmarks must be true and backed by
   * evidence the organisation can show.
   */
  public static final Option SUBSTANTIATED_ONLY = Option.of(ID, "substantiated-only");

  /**
   * {@code substantiated-and-approved}: Claims, comparisons and benchmarks must be true, backed by
   * evidence, and approved before they are published. The approval reaches only these commercial
   * claims, not employees' posts in general (that is {@code ask-first}).
   */
  public static final Option SUBSTANTIATED_AND_APPROVED =
      Option.of(ID, "substantiated-and-approved");

  /**
   * {@code published-claims-only}: Staff repeat only the claims the organisation has published and
   * make no comparisons or benchmarks of their own.
   */
  public static final Option PUBLISHED_CLAIMS_ONLY = Option.of(ID, "published-claims-only");

  /** {@code not-addressed}: The guidelines say nothing particular about product claims. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA =
      Area.of(
          ID, SUBSTANTIATED_ONLY, SUBSTANTIATED_AND_APPROVED, PUBLISHED_CLAIMS_ONLY, NOT_ADDRESSED);

  private ProductClaims() {}

  /**
   * Returns the decision {@code product-claims = substantiated-only}.
   *
   * @return the decision
   */
  public static Decision substantiatedOnly() {
    return Decision.of(SUBSTANTIATED_ONLY);
  }

  /**
   * Returns the decision {@code product-claims = substantiated-and-approved}.
   *
   * @return the decision
   */
  public static Decision substantiatedAndApproved() {
    return Decision.of(SUBSTANTIATED_AND_APPROVED);
  }

  /**
   * Returns the decision {@code product-claims = published-claims-only}.
   *
   * @return the decision
   */
  public static Decision publishedClaimsOnly() {
    return Decision.of(PUBLISHED_CLAIMS_ONLY);
  }

  /**
   * Returns the decision {@code product-claims = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }
}
