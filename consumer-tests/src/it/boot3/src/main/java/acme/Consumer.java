package acme;

import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.check.ValidatedPolicy;
import dev.guidepost.policy.json.PolicyFormatException;
import dev.guidepost.policy.json.PolicyJson;
import dev.guidepost.policy.json.ReportJson;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.render.compose.Composer;
import dev.guidepost.render.markdown.MarkdownRenderer;

/** Uses Guidepost as an application would: compose, write and read JSON, check, render. */
public final class Consumer {
  private Consumer() {}

  /**
   * Runs every step and returns the report as JSON.
   *
   * @return the report's JSON
   * @throws IllegalStateException if a step gives the wrong result
   */
  public static String run() {
    Policy policy = Preset.BALANCED.policyFor(Organisation.of("Acme A/S", Country.DK));
    String json = PolicyJson.standard().write(policy);
    Policy read = PolicyJson.standard().read(json);
    require(read.equals(policy), "the policy reads back equal from its JSON");
    try {
      PolicyJson.standard().read("{\"guidepost\": 1, \"organisation\": {\"name\": \"Acme\" }}x");
      throw new IllegalStateException("malformed JSON was read");
    } catch (PolicyFormatException e) {
      require(e.path().equals("$"), "a format error names its path, not " + e.getMessage());
    }
    Report report = StandardRules.checker().check(read);
    String reportJson = ReportJson.write(report, Language.ENGLISH);
    require(reportJson.startsWith("{\n  \"valid\": true,"), "the report is valid: " + reportJson);
    ValidatedPolicy valid = StandardRules.checker().validate(read);
    String markdown =
        MarkdownRenderer.create().render(Composer.standard().compose(valid, Language.DANISH));
    require(markdown.contains("Acme A/S"), "the document names the organisation");
    return reportJson;
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("consumer check failed: " + what);
    }
  }
}
