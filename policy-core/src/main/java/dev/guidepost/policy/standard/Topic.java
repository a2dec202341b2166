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
  /** Personal data. */
  PERSONAL_DATA("personal-data");

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
