package dev.guidepost.examples;

import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.check.ValidatedPolicy;
import dev.guidepost.policy.json.PolicyJson;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.standard.Advocacy;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.policy.standard.Shareable;
import dev.guidepost.policy.standard.WorkingHours;

/**
 * The main example: a policy that encourages staff to share company news while banning social media
 * at work. The checker explains the contradiction with the facts that fired it and a verified fix;
 * the example applies the fix, validates the policy and prints its JSON.
 */
public final class CheckAndFix {
  private CheckAndFix() {}

  /**
   * Returns the example's policy: the balanced preset for a Danish company, changed to encourage
   * sharing company news while banning social media at work.
   *
   * @return a policy with a contradiction the checker can fix
   */
  public static Policy contradiction() {
    return Preset.BALANCED.policyFor(Organisation.of("Acme A/S", Country.DK)).toBuilder()
        .decide(Advocacy.encouraged(Shareable.NEWS, Shareable.JOB_POSTINGS))
        .decide(WorkingHours.prohibited())
        .build();
  }

  /**
   * Runs the example in a language.
   *
   * @param language the language of the findings
   * @return what the example prints
   */
  public static String run(Language language) {
    Policy policy = contradiction();
    Report report = StandardRules.checker().check(policy);
    StringBuilder out = new StringBuilder();
    for (Finding finding : report.findings()) {
      out.append(FindingText.describe(finding, language));
    }
    out.append(Message.of("report.disclaimer").format(language)).append("\n\n");
    ValidatedPolicy fixed = StandardRules.checker().validate(StandardRules.checker().fix(policy));
    out.append(PolicyJson.standard().write(fixed.policy()));
    return out.toString();
  }

  /**
   * Runs the example.
   *
   * @param args an optional language code, such as {@code da}; English by default
   */
  public static void main(String[] args) {
    Language language = args.length > 0 ? Language.of(args[0]) : Language.ENGLISH;
    System.out.print(run(language));
  }
}
