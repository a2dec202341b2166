package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;

/**
 * Which social media the policy covers ({@code 000}, {@code 001}).
 *
 * <p>The typed handles of the standard {@code scope} area: its options as constants and its
 * decisions as factories.
 */
public final class Scope {
  /** The area id, {@value}. */
  public static final String ID = "scope";

  /** The name of the {@code networks} parameter. */
  public static final String NETWORKS = "networks";

  /** {@code all-social-media}: The policy covers all social media. */
  public static final Option ALL_SOCIAL_MEDIA = Option.of(ID, "all-social-media");

  /** {@code listed-networks}: The policy covers the networks it lists. */
  public static final Option LISTED_NETWORKS =
      Option.of(
          ID,
          "listed-networks",
          Parameter.choices("networks", Handles.ids(Network.values()), true)
              .withVocabulary("network"));

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, ALL_SOCIAL_MEDIA, LISTED_NETWORKS);

  private Scope() {}

  /**
   * Returns the decision {@code scope = all-social-media}.
   *
   * @return the decision
   */
  public static Decision allSocialMedia() {
    return Decision.of(ALL_SOCIAL_MEDIA);
  }

  /**
   * Returns the decision {@code scope = listed-networks}.
   *
   * @param networks the networks, each at most once
   * @return the decision
   */
  public static Decision listedNetworks(Network... networks) {
    return Decision.of(LISTED_NETWORKS).withValue(NETWORKS, Handles.choices(networks));
  }
}
