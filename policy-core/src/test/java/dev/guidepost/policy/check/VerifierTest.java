package dev.guidepost.policy.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.condition.Conditions;
import dev.guidepost.policy.condition.DeclarativeRule;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.standard.Advocacy;
import dev.guidepost.policy.standard.DisclosureMethod;
import dev.guidepost.policy.standard.Monitoring;
import dev.guidepost.policy.standard.Review;
import dev.guidepost.policy.standard.Shareable;
import dev.guidepost.policy.standard.Spokespersons;
import dev.guidepost.policy.standard.Transparency;
import dev.guidepost.policy.standard.WorkingHours;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The verifier re-runs only the rules a suggestion can affect; these cases would go wrong if it
 * skipped a rule it must run: a lambda rule, which says nothing of what it reads, a warning that a
 * checker raised to an error, and a parameter check, which judges each decision on its own.
 */
class VerifierTest {
  private static final Organisation ACME = Organisation.of("Acme A/S", Country.DK);

  @Test
  void a_lambda_rule_is_run_again_for_every_suggestion() {
    Rule noBreaks =
        Rule.builder("no-breaks")
            .severity(Severity.ERROR)
            .summary("Breaks are not a thing here")
            .source("house rule")
            .check(
                (policy, context, sink) -> {
                  if (policy
                      .decision(WorkingHours.ID)
                      .filter(d -> d.is(WorkingHours.BREAKS_ONLY))
                      .isPresent()) {
                    sink.report(Message.literal("no breaks")).area(WorkingHours.ID);
                  }
                })
            .build();
    Checker checker = StandardRules.checker().toBuilder().add(noBreaks).build();
    Policy policy =
        Policy.builder()
            .organisation(ACME)
            .decide(Advocacy.encouraged(Shareable.NEWS))
            .decide(WorkingHours.prohibited())
            .build();

    Finding ban = checker.check(policy).findingsOf("advocacy-vs-working-hours-ban").get(0);

    assertThat(verified(ban, WorkingHours.workRelatedOnly())).isTrue();
    assertThat(verified(ban, WorkingHours.breaksOnly())).isFalse();
  }

  @Test
  void a_new_warning_or_a_warning_raised_to_an_error_counts_as_a_new_objection() {
    Policy policy =
        Policy.builder()
            .organisation(ACME)
            .decide(Advocacy.encouraged(Shareable.NEWS))
            .decide(Spokespersons.communicationsOnly())
            .decide(Transparency.discloseOnly(DisclosureMethod.IN_POST))
            .build();
    String rule = "advocacy-vs-central-communication";
    Decision everyone = Spokespersons.allEmployeesWithinGuidelines();

    Finding asListed = StandardRules.checker().check(policy).findingsOf(rule).get(0);
    Checker strict =
        StandardRules.checker().toBuilder()
            .severity("speaking-for-company-needs-disclosure", Severity.ERROR)
            .build();
    Finding raised = strict.check(policy).findingsOf(rule).get(0);

    assertThat(verified(asListed, everyone)).as("adds a warning").isFalse();
    assertThat(verified(raised, everyone)).as("adds an error").isFalse();
    assertThat(verified(asListed, Spokespersons.authorizedEmployees())).isTrue();
    assertThat(verified(raised, Spokespersons.authorizedEmployees())).isTrue();
  }

  @Test
  void a_suggestion_that_breaks_a_parameter_is_not_verified() {
    Rule reviewed =
        DeclarativeRule.builder("reviewed-often")
            .severity(Severity.WARNING)
            .source("house rule")
            .when(Conditions.is(Review.NONE))
            .suggest(Review.every(0))
            .suggest(Review.every(6))
            .build();
    Checker checker = StandardRules.checker().toBuilder().add(reviewed).build();
    Policy policy = Policy.builder().organisation(ACME).decide(Review.none()).build();

    Finding finding = checker.check(policy).findingsOf("reviewed-often").get(0);

    assertThat(verified(finding, Review.every(0))).as("months out of range").isFalse();
    assertThat(verified(finding, Review.every(6))).isTrue();
  }

  @Test
  void a_rule_that_declares_what_it_reads_is_not_run_again_for_a_change_elsewhere() {
    AtomicInteger declared = new AtomicInteger();
    AtomicInteger undeclared = new AtomicInteger();
    Checker checker =
        StandardRules.checker().toBuilder()
            .add(counting("reads-monitoring", Reads.areas(Set.of(Monitoring.ID)), declared))
            .add(counting("reads-everything", Reads.everything(), undeclared))
            .build();
    Policy policy =
        Policy.builder()
            .organisation(ACME)
            .decide(Advocacy.encouraged(Shareable.NEWS))
            .decide(WorkingHours.prohibited())
            .build();

    Finding ban = checker.check(policy).findingsOf("advocacy-vs-working-hours-ban").get(0);

    assertThat(verified(ban, WorkingHours.workRelatedOnly())).isTrue();
    assertThat(declared).as("runs of the rule that reads monitoring only").hasValue(1);
    assertThat(undeclared).as("runs of the rule that reads everything").hasValueGreaterThan(1);
  }

  @Test
  void a_rule_that_declares_what_it_reads_is_run_again_for_a_change_to_it() {
    Rule noWorkRelated =
        Rule.builder("no-work-related-use")
            .severity(Severity.ERROR)
            .summary("Work-related use is not a thing here")
            .source("house rule")
            .reads(Reads.areas(Set.of(WorkingHours.ID)))
            .check(
                (policy, context, sink) -> {
                  if (policy
                      .decision(WorkingHours.ID)
                      .filter(d -> d.is(WorkingHours.WORK_RELATED_ONLY))
                      .isPresent()) {
                    sink.report(Message.literal("no work-related use")).area(WorkingHours.ID);
                  }
                })
            .build();
    Checker checker = StandardRules.checker().toBuilder().add(noWorkRelated).build();
    Policy policy =
        Policy.builder()
            .organisation(ACME)
            .decide(Advocacy.encouraged(Shareable.NEWS))
            .decide(WorkingHours.prohibited())
            .build();

    Finding ban = checker.check(policy).findingsOf("advocacy-vs-working-hours-ban").get(0);

    assertThat(verified(ban, WorkingHours.workRelatedOnly())).isFalse();
  }

  /** An error rule that finds nothing and counts how often it runs. */
  private static Rule counting(String id, Reads reads, AtomicInteger runs) {
    return Rule.builder(id)
        .severity(Severity.ERROR)
        .summary("counts its runs")
        .source("test")
        .reads(reads)
        .check((policy, context, sink) -> runs.incrementAndGet())
        .build();
  }

  private static boolean verified(Finding finding, Decision decision) {
    return finding.suggestions().stream()
        .filter(s -> s.decisions().equals(List.of(decision)))
        .findFirst()
        .orElseThrow()
        .verified();
  }
}
