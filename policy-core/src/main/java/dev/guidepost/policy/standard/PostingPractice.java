package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Identified;
import java.util.Optional;

/** A good practice employees are asked to follow in their own posts. */
public enum PostingPractice implements Identified {
  /** Write in the first person (adidas). */
  FIRST_PERSON("first-person"),
  /** Use the work e-mail address only for work (adidas). */
  WORK_EMAIL_FOR_WORK_ONLY("work-email-for-work-only"),
  /** Take personal responsibility for what you post (GitLab, IBM). */
  PERSONAL_RESPONSIBILITY("personal-responsibility"),
  /** Add something of value (IBM). */
  ADD_VALUE("add-value"),
  /** Link to others who write on the same subject (IBM). */
  CITE_OTHERS("cite-others"),
  /** Keep contact with colleagues professional (GitLab). */
  PROFESSIONAL_CONNECTIONS("professional-connections"),
  /** No company logo as profile picture, no company name in the account name (GitLab). */
  NO_LOGO_OR_NAME_IN_ACCOUNT("no-logo-or-name-in-account"),
  /** Do not overshare (Intel). */
  NO_OVERSHARING("no-oversharing"),
  /** Act as responsibly on internal networks as on public ones (adidas). */
  INTERNAL_NETWORKS_TOO("internal-networks-too"),
  /** Do not let social media get in the way of your daily work (adidas). */
  WORK_COMES_FIRST("work-comes-first"),
  /** Update your profiles when you leave, so they no longer say you work here (Intel). */
  UPDATE_PROFILE_WHEN_LEAVING("update-profile-when-leaving");

  private final String id;

  PostingPractice(String id) {
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
  public static Optional<PostingPractice> fromId(String id) {
    return Identified.find(values(), id);
  }
}
