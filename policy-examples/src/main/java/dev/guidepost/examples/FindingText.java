package dev.guidepost.examples;

import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.Suggestion;
import dev.guidepost.policy.model.Language;

/** How the examples print a finding: what is wrong, why, what to do, and the sources. */
final class FindingText {
  private FindingText() {}

  /**
   * Returns a finding as lines: severity, rule and message, then each fact, the advice, each
   * verified fix and the sources.
   */
  static String describe(Finding finding, Language language) {
    StringBuilder out = new StringBuilder();
    out.append(finding.severity().label().format(language))
        .append(" [")
        .append(finding.rule())
        .append("] ")
        .append(finding.message().format(language))
        .append('\n');
    for (var fact : finding.facts()) {
      out.append("  - ").append(fact.message().format(language)).append('\n');
    }
    finding.advice().ifPresent(a -> out.append("  ").append(a.format(language)).append('\n'));
    for (Suggestion fix : finding.fixes()) {
      out.append("  => ");
      fix.messages().stream().map(m -> m.format(language)).forEach(out::append);
      out.append('\n');
    }
    return out.append("  (")
        .append(finding.sources().message().format(language))
        .append(")\n")
        .toString();
  }
}
