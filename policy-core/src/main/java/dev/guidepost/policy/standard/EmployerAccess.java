package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * Whether the employer asks for access to personal accounts ({@code 003}).
 *
 * <p>The typed handles of the standard {@code employer-access} area: its options as constants and
 * its decisions as factories.
 */
public final class EmployerAccess {
  /** The area id, {@value}. */
  public static final String ID = "employer-access";

  /**
   * {@code never-requested}: The employer never asks for passwords or access to personal accounts.
   */
  public static final Option NEVER_REQUESTED = Option.of(ID, "never-requested");

  /** {@code credentials-requested}: The employer asks for credentials. */
  public static final Option CREDENTIALS_REQUESTED = Option.of(ID, "credentials-requested");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, NEVER_REQUESTED, CREDENTIALS_REQUESTED);

  private EmployerAccess() {}

  /**
   * Returns the decision {@code employer-access = never-requested}.
   *
   * @return the decision
   */
  public static Decision neverRequested() {
    return Decision.of(NEVER_REQUESTED);
  }

  /**
   * Returns the decision {@code employer-access = credentials-requested}.
   *
   * @return the decision
   */
  public static Decision credentialsRequested() {
    return Decision.of(CREDENTIALS_REQUESTED);
  }
}
