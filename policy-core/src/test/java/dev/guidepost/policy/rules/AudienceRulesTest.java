package dev.guidepost.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.Suggestion;
import dev.guidepost.policy.condition.Condition;
import dev.guidepost.policy.condition.Conditions;
import dev.guidepost.policy.model.Audience;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.Accuracy;
import dev.guidepost.policy.standard.Disparagement;
import dev.guidepost.policy.standard.Monitoring;
import org.junit.jupiter.api.Test;

/**
 * A rule bound to those who speak for the organisation governs its own voice, not employees' own
 * posts: the US accuracy rule is silent on it, and fires for every other audience.
 */
class AudienceRulesTest {
  private static final String ACCURACY_RULE = "us-accuracy-rule-too-broad";

  private static Policy us(Decision decision) {
    return Policy.builder()
        .organisation(Organisation.of("Acme", Country.US))
        .decide(decision)
        .build();
  }

  private static int findings(Policy policy, String rule) {
    return RuleCorpusTest.CHECKER.check(policy).findingsOf(rule).size();
  }

  @Test
  void the_us_accuracy_rule_is_silent_when_only_spokespersons_are_bound() {
    assertThat(
            findings(
                us(Accuracy.trueAndNotMisleading().boundTo(Audience.SPOKESPERSONS)), ACCURACY_RULE))
        .isZero();
  }

  @Test
  void a_fix_of_a_bound_decision_keeps_its_audience_and_is_verified() {
    for (Audience audience : Audience.values()) {
      if (audience == Audience.SPOKESPERSONS) {
        continue;
      }
      Policy policy = us(Accuracy.trueAndNotMisleading().boundTo(audience));
      Finding finding = RuleCorpusTest.CHECKER.check(policy).findingsOf(ACCURACY_RULE).get(0);
      Suggestion fix = finding.suggestions().get(0);

      assertThat(fix.decisions())
          .as("%s", audience)
          .containsExactly(Accuracy.noFalseStatements().boundTo(audience));
      assertThat(fix.verified()).as("%s", audience).isTrue();
      Policy fixed = fix.applyTo(policy);
      assertThat(fixed.decision(Accuracy.ID).orElseThrow().binds()).contains(audience);
      assertThat(findings(fixed, ACCURACY_RULE)).isZero();
    }
    Finding forEveryone =
        RuleCorpusTest.CHECKER
            .check(us(Accuracy.trueAndNotMisleading()))
            .findingsOf(ACCURACY_RULE)
            .get(0);
    assertThat(forEveryone.suggestions().get(0).decisions())
        .containsExactly(Accuracy.noFalseStatements());
  }

  @Test
  void the_fix_that_unbinds_a_decision_for_everyone_stays_unbound() {
    Policy policy = us(Monitoring.none().boundTo(Audience.SPOKESPERSONS));
    Finding finding =
        RuleCorpusTest.CHECKER.check(policy).findingsOf("audience-on-a-rule-for-everyone").get(0);

    assertThat(finding.suggestions().get(0).decisions()).containsExactly(Monitoring.none());
    assertThat(finding.suggestions().get(0).verified()).isTrue();
  }

  @Test
  void the_us_accuracy_rule_fires_for_everyone_and_for_every_other_audience() {
    assertThat(findings(us(Accuracy.trueAndNotMisleading()), ACCURACY_RULE)).isOne();
    for (Audience audience : Audience.values()) {
      if (audience != Audience.SPOKESPERSONS) {
        assertThat(findings(us(Accuracy.trueAndNotMisleading().boundTo(audience)), ACCURACY_RULE))
            .as("%s", audience)
            .isOne();
      }
    }
  }

  @Test
  void the_us_disparagement_rule_keeps_firing_for_spokespersons() {
    assertThat(
            findings(
                us(Disparagement.companyOrPeople().boundTo(Audience.SPOKESPERSONS)),
                "us-disparagement-ban-too-broad"))
        .isOne();
  }

  @Test
  void bound_to_holds_only_for_a_decided_area_bound_to_one_of_the_audiences() {
    Condition spokespersons = Conditions.boundTo(Accuracy.ID, Audience.SPOKESPERSONS);
    Decision accuracy = Accuracy.trueAndNotMisleading();
    assertThat(spokespersons.test(us(accuracy.boundTo(Audience.SPOKESPERSONS)))).isTrue();
    assertThat(spokespersons.test(us(accuracy.boundTo(Audience.SENIOR_LEADERS)))).isFalse();
    assertThat(spokespersons.test(us(accuracy))).isFalse();
    assertThat(spokespersons.test(us(Disparagement.companyOrPeople()))).isFalse();
    assertThat(spokespersons.areas()).containsExactly(Accuracy.ID);
    assertThat(spokespersons.facts(us(accuracy.boundTo(Audience.SPOKESPERSONS))))
        .contains(Fact.parameter(Accuracy.ID, "binds", "spokespersons"));
    assertThat(spokespersons.facts(us(accuracy)))
        .contains(Fact.parameter(Accuracy.ID, "binds", "everyone"));
    assertThat(spokespersons.facts(us(Disparagement.companyOrPeople()))).hasSize(1);
    assertThat(
            Conditions.boundTo(Accuracy.ID, Audience.EDITORIAL_STAFF, Audience.SENIOR_LEADERS)
                .test(us(accuracy.boundTo(Audience.SENIOR_LEADERS))))
        .isTrue();
  }

  @Test
  void a_decision_bound_to_an_audience_says_so_and_equals_only_the_same_binding() {
    Decision bound = Accuracy.trueAndNotMisleading().boundTo(Audience.SPOKESPERSONS);
    assertThat(bound.bindsEveryone()).isFalse();
    assertThat(bound.binds()).contains(Audience.SPOKESPERSONS);
    assertThat(bound).isNotEqualTo(Accuracy.trueAndNotMisleading());
    assertThat(bound.toString())
        .isEqualTo("accuracy = true-and-not-misleading binds spokespersons");
    assertThat(Audience.fromId("all-but-spokespersons")).contains(Audience.ALL_BUT_SPOKESPERSONS);
    assertThat(Audience.fromId("everyone")).isEmpty();
  }
}
