package dev.guidepost.policy.check;

import dev.guidepost.policy.model.Policy;

/**
 * A policy that a {@link Checker} found free of errors, with the report of that check (its warnings
 * and infos). Only {@link Checker#validate(Policy)} makes one, so code that takes a {@code
 * ValidatedPolicy}, such as a renderer, never sees an unchecked policy.
 *
 * <p>Immutable and thread-safe.
 */
public final class ValidatedPolicy {
  private final Policy policy;
  private final Report report;

  ValidatedPolicy(Policy policy, Report report) {
    this.policy = policy;
    this.report = report;
  }

  /**
   * Returns the policy.
   *
   * @return the policy
   */
  public Policy policy() {
    return policy;
  }

  /**
   * Returns the report of the check that validated it: no errors, possibly warnings and infos.
   *
   * @return the report
   */
  public Report report() {
    return report;
  }

  @Override
  public String toString() {
    return "ValidatedPolicy[" + policy.organisation().name() + "]";
  }
}
