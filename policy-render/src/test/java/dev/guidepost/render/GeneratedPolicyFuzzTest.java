package dev.guidepost.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.guidepost.policy.generate.PolicyGenerator;
import dev.guidepost.policy.json.PolicyJson;
import dev.guidepost.policy.model.Clause;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.standard.StandardCatalogue;
import org.junit.jupiter.api.Timeout;

/**
 * Structured fuzzing of the pipeline: the fuzzer's input drives {@link PolicyGenerator}'s choices
 * among the catalogue's areas, options and values and supplies the organisation's name, the owner
 * and a custom clause, so the checker, the fixer, the composer and the renderers see well-formed,
 * often valid policies rather than mostly unreadable JSON. Every policy survives a JSON round trip,
 * is checked, and when valid renders in every language and format; so does its fixed version.
 */
class GeneratedPolicyFuzzTest {
  private static final int TEXT = 300;

  @FuzzTest
  @Timeout(30) // the first input also loads and instruments every class
  void any_catalogue_policy_is_checked_fixed_and_rendered(FuzzedDataProvider data) {
    Policy policy = withFuzzedTexts(new PolicyGenerator(new FuzzedRandom(data)).policy(), data);

    String json = PolicyJson.standard().write(policy);
    assertThat(PolicyJson.standard().read(json)).isEqualTo(policy);
    Pipeline.run(StandardRules.checker(), policy, json.length());
    Policy fixed = StandardRules.checker().fix(policy);
    Pipeline.run(StandardRules.checker(), fixed, PolicyJson.standard().write(fixed).length());
  }

  private static Policy withFuzzedTexts(Policy policy, FuzzedDataProvider data) {
    Policy.Builder builder = policy.toBuilder();
    String name = data.consumeString(TEXT);
    if (!name.isBlank()) {
      builder.organisation(Organisation.builder().from(policy.organisation()).name(name).build());
    }
    String owner = data.consumeString(TEXT);
    if (!owner.isBlank()) {
      builder.owner(owner);
    }
    String clause = data.consumeString(TEXT);
    if (!clause.isBlank()) {
      builder.addCustomClause(
          Clause.builder()
              .area(data.pickValue(StandardCatalogue.catalogue().areas()).id())
              .putText(data.pickValue(Language.standard()), clause)
              .build());
    }
    return builder.build();
  }
}
