package dev.guidepost.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.guidepost.policy.check.Checker;
import dev.guidepost.policy.check.InvalidPolicyException;
import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.check.ValidatedPolicy;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.render.compose.Composer;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.html.HtmlRenderer;
import dev.guidepost.render.markdown.MarkdownRenderer;
import dev.guidepost.render.text.TextRenderer;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole way from a policy to finished documents, checking the pipeline's promises on the way:
 * the checker reports, only a policy without errors validates, and a validated policy composes and
 * renders in every language and format to output whose size is linear in the input's.
 */
final class Pipeline {
  /** Every renderer, each shared by all callers. */
  static final List<Renderer> RENDERERS =
      List.of(
          TextRenderer.create(),
          MarkdownRenderer.create(),
          HtmlRenderer.page(),
          HtmlRenderer.fragment());

  /**
   * The most a rendering may grow for each character of input: the organisation's name appears in
   * about twenty places of a document, and HTML writes {@code &} as five characters. Output is
   * linear in the input, never worse.
   */
  static final int GROWTH = 128;

  /** Room for the standard texts of a document that addresses every area (about 10,000 now). */
  static final int BASE = 50_000;

  private Pipeline() {}

  /**
   * Runs a policy through the pipeline and checks that no output is longer than the input allows.
   *
   * @param checker the checker
   * @param policy the policy
   * @param inputSize the size of the input the policy came from, in bytes or characters
   */
  static void run(Checker checker, Policy policy, int inputSize) {
    for (String output : outputs(checker, policy)) {
      assertThat(output.length()).isLessThanOrEqualTo(bound(inputSize));
    }
  }

  /**
   * Checks a policy and, when it has no error, renders it in every language of the standard
   * composer with every renderer.
   *
   * @param checker the checker
   * @param policy the policy
   * @return the report's description in each language, then every rendering, in a fixed order
   */
  static List<String> outputs(Checker checker, Policy policy) {
    List<String> outputs = new ArrayList<>();
    Report report = checker.check(policy);
    for (Language language : Language.standard()) {
      outputs.add(report.describe(language));
    }
    if (report.hasErrors()) {
      InvalidPolicyException e =
          catchThrowableOfType(InvalidPolicyException.class, () -> checker.validate(policy));
      assertThat(e).as("validating a policy with errors").isNotNull();
      assertThat(e.report()).isEqualTo(report);
      return outputs;
    }
    ValidatedPolicy valid = checker.validate(policy);
    for (Language language : Composer.standard().languages()) {
      Document document = Composer.standard().compose(valid, language);
      for (Renderer renderer : RENDERERS) {
        outputs.add(renderer.render(document));
      }
    }
    return outputs;
  }

  static int bound(int inputSize) {
    return BASE + GROWTH * inputSize;
  }
}
