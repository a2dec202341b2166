package dev.guidepost.bench.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.bench.fixture.Fixtures;
import dev.guidepost.policy.check.Checker;
import dev.guidepost.policy.model.Policy;
import org.junit.jupiter.api.Test;

class EasyRulesCheckerTest {
  private final EasyRulesChecker easyRules = new EasyRulesChecker();

  @Test
  void has_one_rule_per_built_in_rule() {
    assertThat(easyRules.size()).isEqualTo(Checker.standard().rules().size());
  }

  @Test
  void finds_what_the_standard_checker_finds() {
    for (Policy policy : Inputs.policies().subList(0, 500)) {
      assertThat(easyRules.check(policy))
          .as("%s", policy)
          .isEqualTo(FindingView.of(Checker.standard().check(policy)));
    }
  }

  @Test
  void finds_what_the_standard_checker_finds_in_the_realistic_policy() {
    Policy policy = Fixtures.policy();
    assertThat(easyRules.check(policy)).isEqualTo(FindingView.of(Checker.standard().check(policy)));
  }
}
