package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;

/**
 * The standards the organisation commits itself to on its official accounts: tone, relevance,
 * honest content, care for vulnerable contributors, archiving, and how replies are written.
 *
 * <p>The typed handles of the standard {@code account-standards} area: its options as constants and
 * its decisions as factories. Each standard is its own value, so that a rule can read each one; the
 * clause states them as commitments of the organisation ("we"), not as duties of employees.
 */
public final class AccountStandards {
  /** The area id, {@value}. */
  public static final String ID = "account-standards";

  /** The name of the {@code standards} parameter. */
  public static final String STANDARDS = "standards";

  /** {@code listed}: The organisation's accounts keep the standards listed. */
  public static final Option LISTED =
      Option.of(
          ID,
          "listed",
          Parameter.choices(STANDARDS, Handles.ids(AccountStandard.values()), true)
              .withVocabulary("account-standard"));

  /** {@code not-addressed}: No standards are set for the official accounts. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, LISTED, NOT_ADDRESSED);

  private AccountStandards() {}

  /**
   * Returns the decision {@code account-standards = listed}.
   *
   * @param standards the standards, each at most once
   * @return the decision
   */
  public static Decision listed(AccountStandard... standards) {
    return Decision.of(LISTED).withValue(STANDARDS, Handles.choices(standards));
  }

  /**
   * Returns the decision {@code account-standards = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }
}
