package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * Whether account names make clear if an account is personal or professional ({@code 003}).
 *
 * <p>The typed handles of the standard {@code account-identity} area: its options as constants and
 * its decisions as factories.
 */
public final class AccountIdentity {
  /** The area id, {@value}. */
  public static final String ID = "account-identity";

  /**
   * {@code personal-and-work-separate}: Account names and profiles make clear whether an account is
   * personal or professional.
   */
  public static final Option PERSONAL_AND_WORK_SEPARATE =
      Option.of(ID, "personal-and-work-separate");

  /**
   * {@code employer-in-profile-needs-disclaimer}: Who names the employer in a profile adds a
   * disclaimer.
   */
  public static final Option EMPLOYER_IN_PROFILE_NEEDS_DISCLAIMER =
      Option.of(ID, "employer-in-profile-needs-disclaimer");

  /**
   * {@code profile-consistent-with-role}: Who names the employer keeps the profile consistent with
   * their role (IBM).
   */
  public static final Option PROFILE_CONSISTENT_WITH_ROLE =
      Option.of(ID, "profile-consistent-with-role");

  /** {@code not-addressed}: Account identity is not addressed. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA =
      Area.of(
          ID,
          PERSONAL_AND_WORK_SEPARATE,
          EMPLOYER_IN_PROFILE_NEEDS_DISCLAIMER,
          PROFILE_CONSISTENT_WITH_ROLE,
          NOT_ADDRESSED);

  private AccountIdentity() {}

  /**
   * Returns the decision {@code account-identity = personal-and-work-separate}.
   *
   * @return the decision
   */
  public static Decision personalAndWorkSeparate() {
    return Decision.of(PERSONAL_AND_WORK_SEPARATE);
  }

  /**
   * Returns the decision {@code account-identity = employer-in-profile-needs-disclaimer}.
   *
   * @return the decision
   */
  public static Decision employerInProfileNeedsDisclaimer() {
    return Decision.of(EMPLOYER_IN_PROFILE_NEEDS_DISCLAIMER);
  }

  /**
   * Returns the decision {@code account-identity = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }

  /**
   * Returns the decision {@code account-identity = profile-consistent-with-role}.
   *
   * @return the decision
   */
  public static Decision profileConsistentWithRole() {
    return Decision.of(PROFILE_CONSISTENT_WITH_ROLE);
  }
}
