package dev.guidepost.cli;

import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.check.Suggestion;
import dev.guidepost.policy.message.Labels;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterKind;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.StandardCatalogue;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes findings for people, in one language: each finding's severity, rule and message, the facts
 * that fired it, its advice, its verified fixes and its source; then a count by severity, whether
 * the policy can be rendered, and the reminder that findings are not legal advice. Deterministic.
 */
final class FindingsText {
  private final CliTexts texts;
  private final Language language;

  FindingsText(CliTexts texts) {
    this.texts = texts;
    this.language = texts.language();
  }

  /** Returns a heading underlined to its width, followed by a blank line. */
  static String heading(String title) {
    return title + "\n" + "-".repeat(title.codePointCount(0, title.length())) + "\n\n";
  }

  /** Returns the whole report: heading, findings, summary and disclaimer. */
  String report(Report report) {
    return withoutDisclaimer(report) + "\n" + disclaimer() + "\n";
  }

  /**
   * Returns the report without the disclaimer, for a run over several files that prints it once:
   * heading, findings and summary.
   */
  String withoutDisclaimer(Report report) {
    StringBuilder out = new StringBuilder(heading(texts.get("findings.heading")));
    if (report.findings().isEmpty()) {
      out.append(texts.get("findings.none")).append("\n\n");
    }
    out.append(findings(report.findings()));
    return out.append(summary(report)).append('\n').toString();
  }

  /** Returns findings, each followed by a blank line. */
  String findings(List<Finding> findings) {
    StringBuilder out = new StringBuilder();
    for (Finding finding : findings) {
      out.append(finding.severity().label().format(language))
          .append(": ")
          .append(finding.rule())
          .append("\n  ")
          .append(finding.message().format(language))
          .append('\n');
      if (!finding.facts().isEmpty()) {
        out.append("  ").append(texts.get("finding.facts")).append('\n');
        for (Fact fact : finding.facts()) {
          out.append("    - ").append(fact.message().format(language)).append('\n');
        }
      }
      finding
          .advice()
          .ifPresent(
              advice ->
                  out.append("  ")
                      .append(texts.get("finding.advice", "advice", advice.format(language)))
                      .append('\n'));
      if (!finding.fixes().isEmpty()) {
        out.append("  ").append(texts.get("finding.fixes")).append('\n');
        for (Suggestion fix : finding.fixes()) {
          out.append("    - ").append(describe(fix, language)).append('\n');
        }
      }
      out.append("  ")
          .append(
              texts.get("finding.source", "source", finding.sources().message().format(language)))
          .append("\n\n");
    }
    return out.toString();
  }

  /** Returns the count of findings by severity and whether the policy can be rendered. */
  String summary(Report report) {
    String counts =
        texts.get(
            "summary.counts",
            "errors",
            String.valueOf(report.errors().size()),
            "warnings",
            String.valueOf(report.warnings().size()),
            "notes",
            String.valueOf(report.infos().size()));
    return counts + " " + texts.get(report.hasErrors() ? "summary.invalid" : "summary.valid");
  }

  /** Returns the reminder that findings are guidance, not legal advice. */
  String disclaimer() {
    return Message.of("report.disclaimer").format(language);
  }

  /**
   * Lists, in catalogue order, the decisions a fixed policy made differently from the original, one
   * "- Area: Option" line each; under a decision that kept its option, one indented line for each
   * value that changed, from what to what, saying so when a number was brought back into its range
   * (lowered to its maximum or raised to its minimum). Or says that nothing changed.
   */
  String changes(Policy before, Policy after) {
    StringBuilder out = new StringBuilder();
    for (Area area : StandardCatalogue.catalogue().areas()) {
      Optional<Decision> decision = after.decision(area.id());
      Optional<Decision> original = before.decision(area.id());
      if (decision.isPresent() && !decision.equals(original)) {
        Decision fixed = decision.get();
        Fact fact = Fact.of(Fact.Kind.DECISION, area.id(), fixed.option().id());
        out.append("- ").append(fact.message().format(language)).append('\n');
        original
            .filter(d -> d.option().equals(fixed.option()))
            .ifPresent(d -> out.append(valueChanges(d, fixed)));
      }
    }
    return out.length() == 0 ? texts.get("fixes.none") + "\n" : out.toString();
  }

  /** Returns one indented line for each value of the option's parameters that a fix changed. */
  private String valueChanges(Decision before, Decision after) {
    StringBuilder out = new StringBuilder();
    for (Parameter parameter : after.option().parameters()) {
      Optional<ParameterValue> from = before.value(parameter.name());
      Optional<ParameterValue> to = after.value(parameter.name());
      if (to.isEmpty() || to.equals(from)) {
        continue;
      }
      String name = Labels.parameter(parameter.name()).format(language);
      String now = Labels.value(parameter, to.get()).format(language);
      String line;
      if (from.isEmpty()) {
        line = texts.get("fix.value-set", "parameter", name, "to", now);
      } else {
        String was = Labels.value(parameter, from.get()).format(language);
        line =
            texts.get(
                valueChange(parameter, from.get(), to.get()),
                "parameter",
                name,
                "from",
                was,
                "to",
                now);
      }
      out.append("    ").append(line).append('\n');
    }
    return out.toString();
  }

  /**
   * The key of the text for a changed value: lowered to its maximum, raised to its minimum, or else
   * changed.
   */
  private static String valueChange(Parameter parameter, ParameterValue from, ParameterValue to) {
    if (from.kind() != ParameterKind.INTEGER || to.kind() != ParameterKind.INTEGER) {
      return "fix.value-changed";
    }
    long was = from.asInteger();
    long now = to.asInteger();
    if (parameter.maximum().filter(max -> was > max && now == max).isPresent()) {
      return "fix.value-lowered";
    }
    if (parameter.minimum().filter(min -> was < min && now == min).isPresent()) {
      return "fix.value-raised";
    }
    return "fix.value-changed";
  }

  /** Describes a suggestion in one line: its decisions, joined by "; ". */
  static String describe(Suggestion suggestion, Language language) {
    return suggestion.messages().stream()
        .map(m -> m.format(language))
        .collect(Collectors.joining("; "));
  }
}
