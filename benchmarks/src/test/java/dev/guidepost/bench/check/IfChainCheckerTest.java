package dev.guidepost.bench.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.bench.fixture.Fixtures;
import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.standard.Consequences;
import dev.guidepost.policy.standard.Criticism;
import dev.guidepost.policy.standard.Sanction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class IfChainCheckerTest {
  private final IfChainChecker ifChain = new IfChainChecker();

  @Test
  void finds_what_the_standard_checker_finds_in_the_realistic_policy() {
    Policy policy = Fixtures.policy();
    List<FindingView> expected = FindingView.of(StandardRules.checker().check(policy));

    assertThat(ifChain.check(policy)).isEqualTo(expected);
    assertThat(expected).hasSizeGreaterThanOrEqualTo(5);
    assertThat(expected)
        .anyMatch(f -> f.suggestions().stream().anyMatch(FindingView.Fix::verified));
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

  @Test
  void finds_what_the_standard_checker_finds_for_every_set_of_listed_sanctions() {
    Sanction[] all = Sanction.values();
    int fired = 0;
    for (int set = 0; set < 1 << all.length; set++) {
      List<Sanction> sanctions = new ArrayList<>();
      for (int i = 0; i < all.length; i++) {
        if ((set & 1 << i) != 0) {
          sanctions.add(all[i]);
        }
      }
      for (Decision criticism :
          List.of(
              Criticism.prohibited(), Criticism.raiseInternallyFirst(), Criticism.notAddressed())) {
        Policy policy =
            Policy.builder()
                .organisation(Organisation.of("Acme", Country.DK))
                .decide(Consequences.listedSanctions(sanctions.toArray(new Sanction[0])))
                .decide(criticism)
                .build();
        List<FindingView> expected = FindingView.of(StandardRules.checker().check(policy));
        assertThat(ifChain.check(policy)).as("%s", policy).isEqualTo(expected);
        if (expected.stream().anyMatch(f -> f.rule().equals("sanctions-need-proportionality"))) {
          fired++;
        }
      }
    }
    assertThat(fired).as("whatever the criticism decision").isEqualTo(3 * 2 * 3);
  }

  @Test
  void has_a_finding_view_for_every_part_of_a_finding() {
    Finding finding = StandardRules.checker().check(Fixtures.policy()).findings().get(0);
    FindingView view = FindingView.of(finding);

    assertThat(view.rule()).isEqualTo(finding.rule());
    assertThat(view.areas()).isEqualTo(finding.areas());
    assertThat(view.facts()).isEqualTo(finding.facts());
    assertThat(view.message()).isEqualTo(finding.message());
    assertThat(view.suggestions()).hasSameSizeAs(finding.suggestions());
  }

  private void assertFindsWhatTheStandardCheckerFinds(List<Policy> policies) {
    Set<String> fired = new TreeSet<>();
    for (Policy policy : policies) {
      List<FindingView> expected = FindingView.of(StandardRules.checker().check(policy));
      assertThat(ifChain.check(policy)).as("%s", policy).isEqualTo(expected);
      expected.forEach(f -> fired.add(f.rule()));
    }
    Set<String> all =
        StandardRules.checker().rules().stream()
            .map(Rule::id)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(fired).as("every rule fires somewhere").isEqualTo(all);
  }
}
