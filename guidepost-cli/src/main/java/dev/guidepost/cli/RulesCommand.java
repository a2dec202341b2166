package dev.guidepost.cli;

import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.rules.StandardRules;
import picocli.CommandLine.Command;

/** {@code guidepost rules}: every built-in rule with its id, severity, summary and source. */
@Command(name = "rules")
final class RulesCommand extends GuidepostCommand {
  RulesCommand() {}

  @Override
  int run() {
    for (Rule rule : StandardRules.checker().rules()) {
      out()
          .append(rule.id())
          .append(" (")
          .append(rule.severity().label().format(language()))
          .append(")\n  ")
          .append(rule.summary().format(language()))
          .append("\n  ")
          .append(
              texts().get("finding.source", "source", rule.sources().message().format(language())))
          .append("\n\n");
    }
    out().append(texts().get("rules.severity-note")).append('\n');
    return ExitCode.OK;
  }
}
