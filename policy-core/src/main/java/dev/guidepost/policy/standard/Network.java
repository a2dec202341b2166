package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Identified;
import java.util.Optional;

/** A social network or channel a policy names. */
public enum Network implements Identified {
  /** Facebook. */
  FACEBOOK("facebook"),
  /** LinkedIn. */
  LINKEDIN("linkedin"),
  /** X, formerly Twitter. */
  X("x"),
  /** Instagram. */
  INSTAGRAM("instagram"),
  /** YouTube. */
  YOUTUBE("youtube"),
  /** TikTok. */
  TIKTOK("tiktok"),
  /** Blogs, the company's or personal ones. */
  BLOGS("blogs"),
  /** Discussion forums. */
  FORUMS("forums"),
  /** The organisation's internal network, such as an intranet community. */
  INTERNAL_NETWORK("internal-network");

  private final String id;

  Network(String id) {
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
  public static Optional<Network> fromId(String id) {
    return Identified.find(values(), id);
  }
}
