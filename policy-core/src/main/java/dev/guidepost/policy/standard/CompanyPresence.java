package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;

/**
 * Whether the organisation has official accounts ({@code 004} 1-3).
 *
 * <p>The typed handles of the standard {@code company-presence} area: its options as constants and
 * its decisions as factories.
 */
public final class CompanyPresence {
  /** The area id, {@value}. */
  public static final String ID = "company-presence";

  /** The name of the {@code networks} parameter. */
  public static final String NETWORKS = "networks";

  /** {@code none}: The organisation has no official accounts. */
  public static final Option NONE = Option.of(ID, "none");

  /** {@code official-accounts}: The organisation has official accounts on the networks it lists. */
  public static final Option OFFICIAL_ACCOUNTS =
      Option.of(
          ID,
          "official-accounts",
          Parameter.choices("networks", Handles.ids(Network.values()), true)
              .withVocabulary("network"));

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, NONE, OFFICIAL_ACCOUNTS);

  private CompanyPresence() {}

  /**
   * Returns the decision {@code company-presence = none}.
   *
   * @return the decision
   */
  public static Decision none() {
    return Decision.of(NONE);
  }

  /**
   * Returns the decision {@code company-presence = official-accounts}.
   *
   * @param networks the networks, each at most once
   * @return the decision
   */
  public static Decision officialAccounts(Network... networks) {
    return Decision.of(OFFICIAL_ACCOUNTS).withValue(NETWORKS, Handles.choices(networks));
  }
}
