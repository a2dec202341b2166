package dev.guidepost.policy.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.WorkingHours;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class FixerTest {
  private static final Organisation ACME = Organisation.of("Acme A/S", Country.DK);

  /** A warning on one option of working hours whose fix is another option. */
  private static Rule away(String id, Option from, Decision to) {
    return Rule.builder(id)
        .severity(Severity.WARNING)
        .summary(id)
        .source("test")
        .check(
            (policy, context, sink) ->
                policy
                    .decision(WorkingHours.ID)
                    .filter(d -> d.is(from))
                    .ifPresent(
                        d ->
                            sink.report(Message.literal(id))
                                .area(WorkingHours.ID)
                                .suggest(List.of(to))))
        .build();
  }

  private static Policy policy(Decision decision) {
    return Policy.builder().organisation(ACME).decide(decision).build();
  }

  @Test
  @Timeout(10)
  void fixes_that_go_round_in_a_circle_stop_where_a_policy_repeats() {
    // each fix clears its own warning and raises only the other, so both are verified
    Checker checker =
        Checker.builder()
            .add(away("no-ban", WorkingHours.PROHIBITED, WorkingHours.breaksOnly()))
            .add(away("no-breaks", WorkingHours.BREAKS_ONLY, WorkingHours.prohibited()))
            .build();
    Policy banned = policy(WorkingHours.prohibited());

    Policy fixed = Fixer.fix(checker, banned, finding -> true);

    assertThat(fixed).isEqualTo(banned);
    assertThat(checker.fix(policy(WorkingHours.breaksOnly())))
        .isEqualTo(policy(WorkingHours.breaksOnly()));
  }

  @Test
  void a_policy_without_fixable_findings_is_returned_as_it_is() {
    Checker checker =
        Checker.builder()
            .add(away("no-ban", WorkingHours.PROHIBITED, WorkingHours.breaksOnly()))
            .build();
    Policy breaks = policy(WorkingHours.breaksOnly());

    assertThat(Fixer.fix(checker, breaks, finding -> true)).isSameAs(breaks);
    assertThat(Fixer.fix(checker, policy(WorkingHours.prohibited()), finding -> true))
        .isEqualTo(breaks);
    assertThat(Fixer.fix(checker, policy(WorkingHours.prohibited()), finding -> false))
        .isEqualTo(policy(WorkingHours.prohibited()));
  }
}
