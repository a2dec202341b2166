package dev.guidepost.examples;

import dev.guidepost.policy.check.Checker;
import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.standard.CompanyPresence;
import dev.guidepost.policy.standard.Governance;
import dev.guidepost.policy.standard.Preset;
import java.util.List;

/**
 * A company adds a rule of its own to the standard checker: at Acme, official accounts need a
 * social media manager whom the policy names, so that employees know whom to ask (seed {@code 003}
 * recommends the role; Acme's house rule goes one step further and makes it blocking). The rule
 * suggests naming Acme's manager; the checker verifies that suggestion like any built-in one.
 *
 * <p>The example checks the balanced preset, which appoints a manager without naming one: the rule
 * fires as an error and the policy does not validate. Then it applies the verified fix and the rule
 * no longer fires.
 */
public final class CompanyRule {
  /** The rule's id. */
  static final String ID = "official-accounts-need-named-manager";

  private CompanyRule() {}

  /**
   * Returns the company's rule.
   *
   * @param manager the contact of the company's social media manager, to suggest naming
   * @return the rule
   */
  public static Rule namedManager(String manager) {
    return Rule.builder(ID)
        .severity(Severity.ERROR)
        .summary("Official accounts without a named social media manager")
        .source("Acme house rule SM-2 (2027), after seed 003: appoint a social media manager")
        .check(
            (policy, context, sink) -> {
              boolean accounts =
                  policy
                      .decision(CompanyPresence.ID)
                      .map(d -> d.is(CompanyPresence.OFFICIAL_ACCOUNTS))
                      .orElse(false);
              boolean named =
                  policy
                      .decision(Governance.ID)
                      .filter(d -> d.is(Governance.SOCIAL_MEDIA_MANAGER))
                      .flatMap(d -> d.value(Governance.CONTACT))
                      .isPresent();
              if (accounts && !named) {
                sink.report(
                        Message.literal(
                            "Acme has official accounts, but the policy does not name the social media"
                                + " manager who runs them."))
                    .area(Governance.ID)
                    .fact(Fact.of(Fact.Kind.DECISION, CompanyPresence.ID, "official-accounts"))
                    .advice(
                        Message.literal("Name the manager, so that employees know whom to ask."))
                    .suggest(List.of(Governance.socialMediaManager(manager)));
              }
            })
        .build();
  }

  /**
   * Runs the example.
   *
   * @return what the example prints
   */
  public static String run() {
    Checker checker =
        StandardRules.checker().toBuilder()
            .add(namedManager("Jane Doe, jane@acme.example"))
            .build();
    Policy policy = Preset.BALANCED.policyFor(Organisation.of("Acme A/S", Country.DK));
    StringBuilder out = new StringBuilder();
    describe(checker.check(policy), out);
    Policy fixed = checker.fix(policy, ID);
    out.append("\nAfter the fix: ")
        .append(fixed.decision(Governance.ID).orElseThrow())
        .append('\n');
    describe(checker.check(fixed), out);
    return out.toString();
  }

  private static void describe(Report report, StringBuilder out) {
    List<Finding> findings = report.findingsOf(ID);
    if (findings.isEmpty()) {
      out.append("[").append(ID).append("] does not fire\n");
    }
    findings.forEach(f -> out.append(FindingText.describe(f, Language.ENGLISH)));
    out.append("The policy ")
        .append(report.hasErrors() ? "does not validate" : "validates")
        .append('\n');
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(run());
  }
}
