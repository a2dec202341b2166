package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Identified;
import java.util.Optional;

/** A goal of the organisation's presence on social media ({@code 004} 1). */
public enum Goal implements Identified {
  /** Making the brand known. */
  BRAND_AWARENESS("brand-awareness"),
  /** Answering customers. */
  CUSTOMER_SERVICE("customer-service"),
  /** Finding new colleagues. */
  RECRUITMENT("recruitment"),
  /** Selling. */
  SALES("sales"),
  /** Sharing expertise. */
  KNOWLEDGE_SHARING("knowledge-sharing"),
  /** Building a community around the organisation. */
  COMMUNITY("community"),
  /** Working together inside the organisation. */
  INTERNAL_COLLABORATION("internal-collaboration"),
  /** Consulting the people the organisation serves on its work (issue 12: UK Civil Service). */
  CONSULTATION("consultation"),
  /** Being open about the organisation's work (issue 12: UK Civil Service). */
  TRANSPARENCY("transparency"),
  /** Being accountable for the organisation's work (issue 12: UK Civil Service). */
  ACCOUNTABILITY("accountability");

  private final String id;

  Goal(String id) {
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
  public static Optional<Goal> fromId(String id) {
    return Identified.find(values(), id);
  }
}
