package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Identified;
import java.util.Optional;

/** Information that is confidential and stays off social media ({@code 000} 4, {@code 002}). */
public enum Topic implements Identified {
  /** Products and their plans. */
  PRODUCTS("products"),
  /** Customers and their affairs. */
  CUSTOMERS("customers"),
  /** Internal company information. */
  COMPANY_INFORMATION("company-information"),
  /** Financial figures not yet published. */
  FINANCIALS("financials"),
  /** Colleagues and managers. */
  COLLEAGUES("colleagues"),
  /** Work tasks. */
  WORK_TASKS("work-tasks"),
  /** Partners and suppliers. */
  PARTNERS("partners"),
  /** Personal data, such as colleagues' and customers' personal data. */
  PERSONAL_DATA("personal-data"),
  /** Trade secrets: recipes, methods, source code and other know-how kept secret. */
  TRADE_SECRETS("trade-secrets"),
  /** Forward-looking statements: forecasts, plans and expectations not yet published. */
  FORWARD_LOOKING_STATEMENTS("forward-looking-statements"),
  /** Inside information: unpublished information that could move the price of securities. */
  INSIDE_INFORMATION("inside-information"),
  /** Legal matters and litigation. */
  LEGAL_MATTERS("legal-matters"),
  /** Pay and working conditions. */
  PAY_AND_WORKING_CONDITIONS("pay-and-working-conditions"),
  /** Matters covered by a confidentiality agreement, such as one with a customer or partner. */
  UNDER_CONFIDENTIALITY_AGREEMENT("under-confidentiality-agreement"),
  /** Operational plans: promotions not yet announced, delivery schedules, stock allocations. */
  OPERATIONAL_PLANS("operational-plans"),
  /** Material marked as for internal use only. */
  MARKED_INTERNAL("marked-internal");

  private final String id;

  Topic(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the value with this id.
   *
   * @param id a kebab-case id
   * @return the value, or empty if none has this id
   */
  public static Optional<Topic> fromId(String id) {
    return Identified.find(values(), id);
  }
}
