package dev.guidepost.cli;

import dev.guidepost.policy.check.Checker;
import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.json.PolicyJson;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.rules.StandardRules;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code guidepost fix}: applies the checker's verified fixes, of every rule or of one, and prints
 * the fixed policy as JSON. Standard error lists the changes and any error no fix clears; the exit
 * code is 1 while such an error remains.
 */
@Command(name = "fix")
final class FixCommand extends PolicyCommand {
  @Option(names = "--rule", paramLabel = "ID", descriptionKey = "fix.rule")
  private @Nullable String rule;

  FixCommand() {}

  @Override
  int run() {
    Checker checker = StandardRules.checker();
    String only = rule;
    if (only != null && checker.rule(only).isEmpty()) {
      throw CommandFailure.unusableInput(texts().get("error.unknown-rule", "rule", only));
    }
    Policy policy = policy();
    Policy fixed = only == null ? checker.fix(policy) : checker.fix(policy, only);
    out().print(PolicyJson.standard().write(fixed));
    FindingsText text = new FindingsText(texts());
    err().append(texts().get("fix.changes")).append('\n').append(text.changes(policy, fixed));
    Report report = checker.check(fixed);
    if (report.hasErrors()) {
      err().append('\n').append(texts().get("fix.errors-remain")).append("\n\n");
      err().append(text.findings(report.errors()));
      return ExitCode.POLICY_HAS_ERRORS;
    }
    return ExitCode.OK;
  }
}
