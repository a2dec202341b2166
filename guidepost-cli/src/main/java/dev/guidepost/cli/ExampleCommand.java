package dev.guidepost.cli;

import dev.guidepost.policy.check.Checker;
import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.check.ValidatedPolicy;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.standard.Advocacy;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.policy.standard.Shareable;
import dev.guidepost.policy.standard.WorkingHours;
import dev.guidepost.render.compose.Composer;
import dev.guidepost.render.text.TextRenderer;
import picocli.CommandLine.Command;

/**
 * {@code guidepost example}: the tour for a newcomer. Composes a policy that encourages sharing
 * company news while banning social media at work, prints the findings with their explanations and
 * verified fixes, applies the fixes, and prints the fixed, validated policy as text.
 */
@Command(name = "example")
final class ExampleCommand extends GuidepostCommand {
  ExampleCommand() {}

  @Override
  int run() {
    Checker checker = StandardRules.checker();
    Policy policy = contradiction();
    Report report = checker.check(policy);
    Policy fixed = checker.fix(policy);
    ValidatedPolicy valid = checker.validate(fixed);
    FindingsText text = new FindingsText(texts());
    out()
        .append(texts().get("example.intro", "organisation", policy.organisation().name()))
        .append("\n\n")
        .append(text.report(report))
        .append('\n')
        .append(FindingsText.heading(texts().get("fixes.heading")))
        .append(text.changes(policy, fixed))
        .append('\n')
        .append(FindingsText.heading(texts().get("example.policy-heading")))
        .append(TextRenderer.create().render(Composer.standard().compose(valid, language())));
    return ExitCode.OK;
  }

  /**
   * The tour's policy: the balanced preset for a Danish company, changed to encourage sharing
   * company news while banning social media at work, a contradiction a verified fix clears.
   */
  static Policy contradiction() {
    return Preset.BALANCED.policyFor(Organisation.of("Acme A/S", Country.DK)).toBuilder()
        .decide(Advocacy.encouraged(Shareable.NEWS, Shareable.JOB_POSTINGS))
        .decide(WorkingHours.prohibited())
        .build();
  }
}
