package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * Who owns pages, groups and accounts created for the organisation ({@code 004} 2).
 *
 * <p>The typed handles of the standard {@code account-ownership} area: its options as constants and
 * its decisions as factories.
 */
public final class AccountOwnership {
  /** The area id, {@value}. */
  public static final String ID = "account-ownership";

  /** {@code company-owns}: Pages, groups and accounts created for the organisation belong to it. */
  public static final Option COMPANY_OWNS = Option.of(ID, "company-owns");

  /** {@code creator-owns}: They belong to the employee who created them. */
  public static final Option CREATOR_OWNS = Option.of(ID, "creator-owns");

  /** {@code unspecified}: Ownership is not settled. */
  public static final Option UNSPECIFIED = Option.of(ID, "unspecified");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, COMPANY_OWNS, CREATOR_OWNS, UNSPECIFIED);

  private AccountOwnership() {}

  /**
   * Returns the decision {@code account-ownership = company-owns}.
   *
   * @return the decision
   */
  public static Decision companyOwns() {
    return Decision.of(COMPANY_OWNS);
  }

  /**
   * Returns the decision {@code account-ownership = creator-owns}.
   *
   * @return the decision
   */
  public static Decision creatorOwns() {
    return Decision.of(CREATOR_OWNS);
  }

  /**
   * Returns the decision {@code account-ownership = unspecified}.
   *
   * @return the decision
   */
  public static Decision unspecified() {
    return Decision.of(UNSPECIFIED);
  }
}
