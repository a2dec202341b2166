package dev.guidepost.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.bench.check.FindingView;
import dev.guidepost.bench.fixture.Fixtures;
import dev.guidepost.policy.check.Checker;
import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.model.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratedRulesTest {
  private final Policy policy = Fixtures.policy();

  @Test
  void a_tenth_of_the_rules_fire_at_every_size() {
    for (int size : new int[] {10, 100, 1000, 10_000}) {
      List<GeneratedRules.Spec> specs = GeneratedRules.generate(size, policy);
      Report report =
          Checker.builder().addAll(GeneratedRules.declarative(specs)).build().check(policy);

      assertThat(report.findings()).hasSize(size / 10);
      assertThat(specs.stream().filter(s -> s.firesFor(policy))).hasSize(size / 10);
    }
  }

  @Test
  void each_spec_knows_the_finding_its_rule_makes_before_verification() {
    List<GeneratedRules.Spec> specs = GeneratedRules.generate(100, policy);
    Report report =
        Checker.builder().addAll(GeneratedRules.declarative(specs)).build().check(policy);

    for (FindingView finding : FindingView.of(report)) {
      GeneratedRules.Spec spec =
          specs.stream().filter(s -> s.id().equals(finding.rule())).findFirst().orElseThrow();
      FindingView expected = spec.finding(policy);
      assertThat(finding.withSuggestions(expected.suggestions())).isEqualTo(expected);
    }
  }

  @Test
  void equal_arguments_give_equal_rules_with_all_three_severities() {
    List<GeneratedRules.Spec> specs = GeneratedRules.generate(100, policy);

    assertThat(GeneratedRules.generate(100, policy)).isEqualTo(specs);
    assertThat(specs)
        .extracting(GeneratedRules.Spec::severity)
        .contains(Severity.ERROR, Severity.WARNING, Severity.INFO);
  }
}
