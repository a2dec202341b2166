package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Identified;
import java.util.Optional;

/**
 * What employees ask about before they post, in the {@code ask-first} area (issue 12). Unlike a
 * {@link Topic}, a subject is not confidential: employees may post about it, after asking.
 */
public enum Subject implements Identified {
  /** The organisation and its affairs in general. */
  ORGANISATION("organisation"),
  /** Financial results and forecasts. */
  FINANCIAL_RESULTS("financial-results"),
  /** Legal matters, such as disputes and cases in court. */
  LEGAL_MATTERS("legal-matters"),
  /** Customers and clients. */
  CUSTOMERS("customers"),
  /** Serious incidents and crises, such as accidents. */
  INCIDENTS("incidents"),
  /** Promotions, offers and competitions. */
  PROMOTIONS("promotions");

  private final String id;

  Subject(String id) {
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
  public static Optional<Subject> fromId(String id) {
    return Identified.find(values(), id);
  }
}
