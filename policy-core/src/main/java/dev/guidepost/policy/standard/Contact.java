package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Identified;
import java.util.Optional;

/**
 * Whom employees ask before they post about a subject the {@code ask-first} area lists: for advice
 * or for approval, as its option says (issue 12).
 */
public enum Contact implements Identified {
  /** The employee's own line manager. */
  LINE_MANAGER("line-manager"),
  /** The communications team or department. */
  COMMUNICATIONS("communications"),
  /** The social media manager. */
  SOCIAL_MEDIA_MANAGER("social-media-manager"),
  /** The legal department. */
  LEGAL("legal"),
  /** The compliance function. */
  COMPLIANCE("compliance");

  private final String id;

  Contact(String id) {
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
  public static Optional<Contact> fromId(String id) {
    return Identified.find(values(), id);
  }
}
