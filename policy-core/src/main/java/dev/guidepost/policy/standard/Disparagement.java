package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * Whether staff may run down products, services, the organisation or people (GitLab, Intel).
 *
 * <p>The typed handles of the standard {@code disparagement} area: its options as constants and its
 * decisions as factories. The two standards differ in breadth: {@link #PRODUCTS_AND_SERVICES} rules
 * out running down the organisation's or competitors' products and services with claims known to be
 * false; {@link #COMPANY_OR_PEOPLE} any disparaging remark about the organisation, its management,
 * colleagues, customers or competitors (Intel's "don't slam").
 */
public final class Disparagement {
  /** The area id, {@value}. */
  public static final String ID = "disparagement";

  /** {@code products-and-services}: No false claims that run down products and services. */
  public static final Option PRODUCTS_AND_SERVICES = Option.of(ID, "products-and-services");

  /** {@code company-or-people}: No disparaging remarks about the organisation or people. */
  public static final Option COMPANY_OR_PEOPLE = Option.of(ID, "company-or-people");

  /** {@code not-addressed}: Disparagement is not addressed. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA =
      Area.of(ID, PRODUCTS_AND_SERVICES, COMPANY_OR_PEOPLE, NOT_ADDRESSED);

  private Disparagement() {}

  /**
   * Returns the decision {@code disparagement = products-and-services}.
   *
   * @return the decision
   */
  public static Decision productsAndServices() {
    return Decision.of(PRODUCTS_AND_SERVICES);
  }

  /**
   * Returns the decision {@code disparagement = company-or-people}.
   *
   * @return the decision
   */
  public static Decision companyOrPeople() {
    return Decision.of(COMPANY_OR_PEOPLE);
  }

  /**
   * Returns the decision {@code disparagement = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }
}
