package dev.guidepost.policy.check;

import dev.guidepost.policy.model.Language;

/**
 * Thrown by {@link Checker#validate} when a policy has error findings. The message lists the errors
 * in English; {@link #report()} has every finding, to show in any language.
 */
public final class InvalidPolicyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // a report is immutable and is not serialised in practice
  private final Report report;

  InvalidPolicyException(Report report) {
    super(
        "the policy has "
            + report.errors().size()
            + " error(s):\n"
            + new Report(report.errors(), report.messages()).describe(Language.ENGLISH));
    this.report = report;
  }

  /**
   * Returns the report of the check, with every finding.
   *
   * @return the report
   */
  public Report report() {
    return report;
  }
}
