package dev.guidepost.policy.model;

import java.util.Optional;

/**
 * The people a decision binds when it does not bind everyone: a rule for those who speak on the
 * organisation's behalf, for editorial staff, for senior leaders, or for everyone when they do not
 * speak on its behalf. A {@link Decision} without an audience binds everyone.
 */
public enum Audience implements Identified {
  /** Those who speak on the organisation's behalf, when they do so: its own voice. */
  SPOKESPERSONS("spokespersons"),
  /** Journalists and other editorial staff. */
  EDITORIAL_STAFF("editorial-staff"),
  /** Senior leaders and staff the public knows as the organisation's faces. */
  SENIOR_LEADERS("senior-leaders"),
  /** Everyone, when they post in their own name and not on the organisation's behalf. */
  ALL_BUT_SPOKESPERSONS("all-but-spokespersons");

  private final String id;

  Audience(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the audience with this id.
   *
   * @param id a kebab-case id such as {@code "spokespersons"}
   * @return the audience, or empty if none has this id
   */
  public static Optional<Audience> fromId(String id) {
    return Identified.find(values(), id);
  }
}
