package dev.guidepost.examples;

import static dev.guidepost.policy.condition.Conditions.is;

import dev.guidepost.policy.check.Checker;
import dev.guidepost.policy.check.InvalidPolicyException;
import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.condition.DeclarativeRule;
import dev.guidepost.policy.message.MessageBundle;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.policy.standard.WorkingHours;

/**
 * A company's own rule, written as data, brings its own texts in English and Danish through the
 * checker's message bundle: its finding reads in either language, and {@code validate} rejects the
 * policy with {@link InvalidPolicyException}, listing the company's own words.
 */
public final class OwnRuleTexts {
  private OwnRuleTexts() {}

  /**
   * Runs the example.
   *
   * @return what the example prints
   */
  public static String run() {
    MessageBundle ours =
        MessageBundle.builder()
            .put(Language.ENGLISH, "rule.breaks-are-free.summary", "Breaks are free")
            .put(Language.ENGLISH, "rule.breaks-are-free.message", "At Acme, breaks are free.")
            .put(Language.DANISH, "rule.breaks-are-free.summary", "Pauser er frie")
            .put(Language.DANISH, "rule.breaks-are-free.message", "Hos Acme er pauser frie.")
            .build();
    Rule rule =
        DeclarativeRule.builder("breaks-are-free")
            .severity(Severity.ERROR)
            .source("Acme house rule 4")
            .when(is(WorkingHours.PROHIBITED))
            .suggest(WorkingHours.breaksOnly())
            .build();
    Checker checker = StandardRules.checker().toBuilder().add(rule).messages(ours).build();

    Policy policy =
        Preset.BALANCED.policyFor(Organisation.of("Acme A/S", Country.DK)).toBuilder()
            .decide(WorkingHours.prohibited())
            .build();
    StringBuilder out = new StringBuilder();
    checker
        .check(policy)
        .findingsOf("breaks-are-free")
        .forEach(
            finding ->
                out.append(finding.message().format(Language.ENGLISH))
                    .append('\n')
                    .append(finding.message().format(Language.DANISH))
                    .append('\n'));
    try {
      checker.validate(policy);
    } catch (InvalidPolicyException e) {
      out.append(e.getMessage()).append('\n');
    }
    return out.toString();
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
