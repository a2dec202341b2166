package dev.guidepost.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.Reads;
import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.check.Suggestion;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterKind;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.Advocacy;
import dev.guidepost.policy.standard.Review;
import dev.guidepost.policy.standard.WorkingHours;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generic parameter checks: a required value missing, or an integer outside its range. */
class ParameterRulesTest {
  private static final String REQUIRED = "parameter-required";
  private static final String IN_RANGE = "parameter-in-range";

  private static List<Finding> findings(String rule, Decision decision) {
    Policy policy =
        Policy.builder()
            .organisation(Organisation.of("Acme A/S", Country.DK))
            .decide(decision)
            .build();
    return StandardRules.checker().check(policy).findingsOf(rule);
  }

  private static List<Decision> suggested(Finding finding) {
    return finding.suggestions().stream().map(Suggestion::decisions).flatMap(List::stream).toList();
  }

  /** An option of an area of one's own with an integer parameter bounded as given. */
  private static Decision breaks(Parameter minutes, long value) {
    Option option = Option.of("gaming-breaks", "limited", minutes);
    return Decision.of(option).withValue(minutes.name(), ParameterValue.ofInteger(value));
  }

  private static Parameter.Builder minutesPerDay() {
    return Parameter.builder().name(WorkingHours.MINUTES_PER_DAY).kind(ParameterKind.INTEGER);
  }

  @Test
  void a_missing_optional_parameter_is_not_reported() {
    assertThat(findings(REQUIRED, Advocacy.encouraged())).isEmpty();
  }

  @Test
  void a_value_out_of_range_is_not_reported_as_missing() {
    assertThat(findings(REQUIRED, Review.every(61))).isEmpty();
    assertThat(findings(IN_RANGE, Review.every(61))).hasSize(1);
  }

  @Test
  void a_missing_value_is_reported_alike_whatever_the_range() {
    Option limited = Option.of("gaming-breaks", "limited", minutesPerDay().minimum(5L).build());

    Finding missing = findings(REQUIRED, Decision.of(limited)).get(0);

    assertThat(missing.message().key()).isEqualTo("rule.parameter-required.message");
    assertThat(missing.message().format(Language.ENGLISH)).endsWith("must be filled in.");
  }

  @Test
  void a_missing_number_is_suggested_as_twelve_months_or_thirty_minutes() {
    Finding months = findings(REQUIRED, Decision.of(Review.EVERY)).get(0);
    Finding minutes = findings(REQUIRED, Decision.of(WorkingHours.TIME_LIMITED)).get(0);

    assertThat(suggested(months)).containsExactly(Review.every(12));
    assertThat(suggested(minutes)).containsExactly(WorkingHours.timeLimited(30));
  }

  @Test
  void a_missing_number_is_suggested_as_its_declared_default_whatever_its_name() {
    Parameter months = Parameter.integer(Review.MONTHS, 1, 60);
    Option ownReview = Option.of("audits", "every", months);
    Option ownReviewOfSix =
        Option.of("audits", "every", months.withDefaultValue(ParameterValue.ofInteger(6)));

    assertThat(suggested(findings(REQUIRED, Decision.of(ownReview)).get(0)))
        .containsExactly(Decision.of(ownReview).withValue("months", ParameterValue.ofInteger(30)));
    assertThat(suggested(findings(REQUIRED, Decision.of(ownReviewOfSix)).get(0)))
        .containsExactly(
            Decision.of(ownReviewOfSix).withValue("months", ParameterValue.ofInteger(6)));
  }

  @Test
  void only_the_time_limit_of_working_hours_is_left_to_its_own_rule() {
    Parameter ownLimit = Parameter.integer(WorkingHours.MINUTES_PER_DAY, 1, 60);

    assertThat(findings(IN_RANGE, WorkingHours.timeLimited(900))).isEmpty();
    assertThat(findings("time-limit-in-range", WorkingHours.timeLimited(900))).hasSize(1);
    assertThat(findings(IN_RANGE, breaks(ownLimit, 90)))
        .singleElement()
        .satisfies(f -> assertThat(suggested(f)).containsExactly(breaks(ownLimit, 60)));
  }

  @Test
  void a_range_with_one_bound_is_described_by_that_bound_alone() {
    Finding atLeast = findings(IN_RANGE, breaks(minutesPerDay().minimum(5L).build(), 2)).get(0);
    Finding atMost = findings(IN_RANGE, breaks(minutesPerDay().maximum(60L).build(), 90)).get(0);
    Finding between = findings(IN_RANGE, Review.every(61)).get(0);

    assertThat(atLeast.message().format(Language.ENGLISH))
        .endsWith("is 2, but must be at least 5.");
    assertThat(atMost.message().format(Language.ENGLISH))
        .endsWith("is 90, but must be at most 60.");
    assertThat(between.message().format(Language.ENGLISH))
        .endsWith("is 61, but must be between 1 and 60.");
    for (Language language : Language.standard()) {
      assertThat(atLeast.message().format(language)).contains("5").doesNotContain("{", " -.");
      assertThat(atMost.message().format(language)).contains("60").doesNotContain("{", " -.");
    }
  }

  @Test
  void the_generic_checks_judge_each_decision_and_report_errors() {
    for (Rule rule : List.of(ParameterRules.REQUIRED, ParameterRules.IN_RANGE)) {
      assertThat(rule.reads()).as(rule.id()).isEqualTo(Reads.eachDecision());
      assertThat(rule.severities()).as(rule.id()).containsExactly(Severity.ERROR);
    }
    assertThat(ParameterRules.TIME_LIMIT_IN_RANGE.reads())
        .isEqualTo(Reads.areas(Set.of(WorkingHours.ID)));
  }
}
