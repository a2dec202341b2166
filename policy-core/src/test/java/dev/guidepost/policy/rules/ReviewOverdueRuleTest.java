package dev.guidepost.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.check.Checker;
import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.Reads;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Revision;
import dev.guidepost.policy.standard.Review;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewOverdueRuleTest {
  private static final String ID = "review-overdue";

  private static Policy since2020(Decision review) {
    return Policy.builder()
        .organisation(Organisation.of("Acme A/S", Country.DK))
        .effectiveFrom(LocalDate.of(2020, 1, 1))
        .decide(review)
        .build();
  }

  @Test
  void only_a_review_every_so_many_months_can_be_overdue() {
    Option afterAudits =
        Option.of(Review.ID, "after-audits", Parameter.integer(Review.MONTHS, 1, 60));
    Decision custom =
        Decision.of(afterAudits).withValue(Review.MONTHS, ParameterValue.ofInteger(6));
    Checker checker = RuleCorpusTest.CHECKER;

    assertThat(checker.check(since2020(Review.every(6))).findingsOf(ID)).hasSize(1);
    assertThat(checker.check(since2020(custom)).findingsOf(ID)).isEmpty();
  }

  @Test
  void without_an_effective_date_of_its_own_the_last_revision_of_the_history_counts() {
    Policy.Builder policy =
        Policy.builder()
            .organisation(Organisation.of("Acme A/S", Country.DK))
            .decide(Review.every(6));
    Checker checker = RuleCorpusTest.CHECKER;
    assertThat(checker.check(policy.build()).findingsOf(ID)).isEmpty();

    policy.addHistory(
        Revision.builder()
            .version("1.0.0")
            .effectiveFrom(LocalDate.of(2020, 1, 1))
            .putSummary(Language.ENGLISH, "First.")
            .build(),
        Revision.builder()
            .version("1.1.0")
            .effectiveFrom(LocalDate.of(2020, 3, 1))
            .putSummary(Language.ENGLISH, "Reviewed.")
            .build());
    List<Finding> findings = checker.check(policy.build()).findingsOf(ID);
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).message().format(Language.ENGLISH))
        .isEqualTo(
            "The policy took effect on 1 March 2020 and was due for review on 1 September 2020.");
  }

  @Test
  void reads_the_review_decision_and_reports_infos_only() {
    ReviewOverdueRule rule = new ReviewOverdueRule();

    assertThat(rule.reads()).isEqualTo(Reads.areas(Set.of(Review.ID)));
    assertThat(rule.severities()).containsExactly(Severity.INFO);
  }

  @Test
  void the_dates_are_written_in_the_readers_language() {
    Finding finding =
        RuleCorpusTest.CHECKER.check(since2020(Review.every(6))).findingsOf(ID).get(0);

    assertThat(finding.message().format(Language.DANISH))
        .contains("1. januar 2020")
        .contains("1. juli 2020")
        .doesNotContain("2020-");
  }
}
