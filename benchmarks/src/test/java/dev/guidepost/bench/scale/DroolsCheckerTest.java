package dev.guidepost.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.bench.check.FindingView;
import dev.guidepost.bench.fixture.Fixtures;
import dev.guidepost.policy.check.Checker;
import dev.guidepost.policy.model.Policy;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class DroolsCheckerTest {
  private final Policy policy = Fixtures.policy();

  @Test
  void finds_what_guidepost_finds_with_the_same_hundred_generated_rules() {
    assertFindsWhatGuidepostFinds(100);
  }

  /**
   * The largest knowledge base the benchmark builds: Drools takes a minute or two to compile it.
   */
  @Test
  @Tag("exhaustive")
  void finds_what_guidepost_finds_with_the_same_thousand_generated_rules() {
    assertFindsWhatGuidepostFinds(1000);
  }

  private void assertFindsWhatGuidepostFinds(int size) {
    List<GeneratedRules.Spec> specs = GeneratedRules.generate(size, policy);
    Checker checker = Checker.builder().addAll(GeneratedRules.declarative(specs)).build();
    List<FindingView> expected = FindingView.of(checker.check(policy));

    assertThat(new DroolsChecker(specs).check(policy)).isEqualTo(expected);
    assertThat(expected).hasSize(size / 10);
  }
}
