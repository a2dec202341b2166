package dev.guidepost.bench.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.bench.fixture.Fixtures;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.rules.StandardRules;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class EasyRulesCheckerTest {
  private final EasyRulesChecker easyRules = new EasyRulesChecker();

  @Test
  void has_one_rule_per_built_in_rule() {
    assertThat(easyRules.size()).isEqualTo(StandardRules.checker().rules().size());
  }

  @Test
  void finds_what_the_standard_checker_finds_in_the_realistic_policy() {
    Policy policy = Fixtures.policy();
    assertThat(easyRules.check(policy))
        .isEqualTo(FindingView.of(StandardRules.checker().check(policy)));
  }

  @Test
  void finds_what_the_standard_checker_finds_in_a_sample_where_every_rule_fires() {
    assertFindsWhatTheStandardCheckerFinds(Inputs.sample());
  }

  @Test
  @Tag("exhaustive")
  void finds_what_the_standard_checker_finds_in_every_preset_and_random_policy() {
    assertFindsWhatTheStandardCheckerFinds(Inputs.all());
  }

  private void assertFindsWhatTheStandardCheckerFinds(List<Policy> policies) {
    for (Policy policy : policies) {
      assertThat(easyRules.check(policy))
          .as("%s", policy)
          .isEqualTo(FindingView.of(StandardRules.checker().check(policy)));
    }
  }
}
