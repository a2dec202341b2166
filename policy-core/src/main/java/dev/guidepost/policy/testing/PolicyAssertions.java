package dev.guidepost.policy.testing;

import dev.guidepost.policy.check.Checker;
import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.check.Suggestion;
import dev.guidepost.policy.json.PolicyFormatException;
import dev.guidepost.policy.json.PolicyJson;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.rules.StandardRules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Assertions for a user's own tests: a policy (an object or a JSON file) has no error, or no
 * warning either. A failure is an {@link AssertionError} that lists every finding with its facts
 * and verified fixes, in English, so any test framework reports it readably.
 *
 * <pre>{@code
 * @Test
 * void our_policy_stays_consistent() {
 *   PolicyAssertions.assertNoErrors(Path.of("policies/acme.json"));
 * }
 * }</pre>
 */
public final class PolicyAssertions {
  private PolicyAssertions() {}

  /**
   * Asserts that the standard checker finds no error in a policy.
   *
   * @param policy the policy
   * @throws AssertionError listing the findings if there is an error
   */
  public static void assertNoErrors(Policy policy) {
    assertAtMost(StandardRules.checker(), policy, Severity.WARNING, policy.organisation().name());
  }

  /**
   * Asserts that the standard checker finds neither an error nor a warning in a policy; infos are
   * allowed.
   *
   * @param policy the policy
   * @throws AssertionError listing the findings if there is an error or a warning
   */
  public static void assertNoWarnings(Policy policy) {
    assertAtMost(StandardRules.checker(), policy, Severity.INFO, policy.organisation().name());
  }

  /**
   * Asserts that a JSON policy file is readable and that the standard checker finds no error in it.
   *
   * @param file a policy in Guidepost's JSON form
   * @throws AssertionError if the file cannot be read or the policy has an error
   */
  public static void assertNoErrors(Path file) {
    assertAtMost(StandardRules.checker(), read(file), Severity.WARNING, file.toString());
  }

  /**
   * Asserts that a JSON policy file is readable and that the standard checker finds neither an
   * error nor a warning in it.
   *
   * @param file a policy in Guidepost's JSON form
   * @throws AssertionError if the file cannot be read or the policy has an error or a warning
   */
  public static void assertNoWarnings(Path file) {
    assertAtMost(StandardRules.checker(), read(file), Severity.INFO, file.toString());
  }

  /**
   * Asserts that a checker of one's own finds nothing more severe than a given severity.
   *
   * @param checker the checker, for example with a team's own rules
   * @param policy the policy
   * @param allowed the most severe severity allowed: {@code WARNING} allows warnings and infos
   * @throws AssertionError listing the findings if a finding is more severe
   */
  public static void assertAtMost(Checker checker, Policy policy, Severity allowed) {
    assertAtMost(checker, policy, allowed, policy.organisation().name());
  }

  private static void assertAtMost(Checker checker, Policy policy, Severity allowed, String name) {
    Report report = checker.check(policy);
    List<Finding> failing =
        report.findings().stream().filter(f -> f.severity().compareTo(allowed) < 0).toList();
    if (!failing.isEmpty()) {
      throw new AssertionError(
          "expected "
              + name
              + " to have no finding more severe than "
              + allowed.id()
              + ", but found "
              + failing.size()
              + ":\n"
              + failing.stream().map(PolicyAssertions::describe).collect(Collectors.joining("\n")));
    }
  }

  private static Policy read(Path file) {
    try {
      return PolicyJson.standard().read(file);
    } catch (PolicyFormatException e) {
      throw new AssertionError(file + " is not a readable policy: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new AssertionError(file + " cannot be read: " + e, e);
    }
  }

  private static String describe(Finding finding) {
    StringBuilder text =
        new StringBuilder("  ")
            .append(finding.severity().id())
            .append(" [")
            .append(finding.rule())
            .append("] ")
            .append(english(finding.message()));
    if (!finding.facts().isEmpty()) {
      text.append("\n    because: ").append(finding.facts());
    }
    for (Suggestion fix : finding.fixes()) {
      text.append("\n    fix: ")
          .append(
              fix.messages().stream()
                  .map(PolicyAssertions::english)
                  .collect(Collectors.joining("; ")));
    }
    return text.toString();
  }

  private static String english(Message message) {
    return message.format(Language.ENGLISH);
  }
}
