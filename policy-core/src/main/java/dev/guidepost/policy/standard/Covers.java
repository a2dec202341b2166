package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * What the document covers: a guideline for employees' own use of social media, a handbook for
 * running the organisation's own accounts, or both (issue 12; the real policies Guidepost was held
 * against are mostly of the first kind and point elsewhere for the second).
 *
 * <p>The typed handles of the standard {@code covers} area: its options as constants and its
 * decisions as factories. A policy that does not decide it is read as covering both, as every
 * policy was before the area existed. The built-in rules of good practice about the organisation's
 * accounts stay silent on a guideline for employees' own use, and those about employees' own use
 * stay silent on a handbook for the accounts; {@code core-areas-addressed} asks each kind only for
 * the areas it needs (confidentiality always; working hours and criticism where it covers
 * employees' own use), and in a policy that says what it covers an explicit {@code criticism =
 * not-addressed} counts as a choice, not a gap. Rules that object to what a document does say (a
 * ban on criticism, a request for passwords, advocacy without disclosure) fire whatever it covers.
 */
public final class Covers {
  /** The area id, {@value}. */
  public static final String ID = "covers";

  /**
   * {@code employees-own-use}: The document is a guideline for employees' own use of social media;
   * the organisation's accounts are governed elsewhere.
   */
  public static final Option EMPLOYEES_OWN_USE = Option.of(ID, "employees-own-use");

  /**
   * {@code official-accounts}: The document is a handbook for running the organisation's own
   * accounts; employees' own use is governed elsewhere.
   */
  public static final Option OFFICIAL_ACCOUNTS = Option.of(ID, "official-accounts");

  /** {@code both}: The document covers employees' own use and the organisation's accounts. */
  public static final Option BOTH = Option.of(ID, "both");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, EMPLOYEES_OWN_USE, OFFICIAL_ACCOUNTS, BOTH);

  private Covers() {}

  /**
   * Returns the decision {@code covers = employees-own-use}.
   *
   * @return the decision
   */
  public static Decision employeesOwnUse() {
    return Decision.of(EMPLOYEES_OWN_USE);
  }

  /**
   * Returns the decision {@code covers = official-accounts}.
   *
   * @return the decision
   */
  public static Decision officialAccounts() {
    return Decision.of(OFFICIAL_ACCOUNTS);
  }

  /**
   * Returns the decision {@code covers = both}.
   *
   * @return the decision
   */
  public static Decision both() {
    return Decision.of(BOTH);
  }
}
