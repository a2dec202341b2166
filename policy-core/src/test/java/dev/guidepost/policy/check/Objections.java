package dev.guidepost.policy.check;

import dev.guidepost.policy.message.Message;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tests' plain statement of what a verified suggestion must not add: an error or a warning (by
 * rule and message, in any country) that the policy did not have, or had only as a warning.
 */
public final class Objections {
  private Objections() {}

  /**
   * Lists the objections of the report after a fix that the report before did not have.
   *
   * @param before the report of the policy
   * @param after the report of the policy with the fix applied
   * @return the new errors and warnings, empty when there are none
   */
  public static List<Finding> added(Report before, Report after) {
    Map<String, Severity> had = new HashMap<>();
    for (Finding finding : before.findings()) {
      if (finding.severity() != Severity.INFO) {
        had.merge(key(finding), finding.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
    }
    return after.findings().stream()
        .filter(f -> f.severity() != Severity.INFO)
        .filter(f -> !had.containsKey(key(f)) || f.severity().compareTo(had.get(key(f))) < 0)
        .toList();
  }

  private static String key(Finding finding) {
    Message message = finding.message();
    return finding.rule() + " " + message;
  }
}
