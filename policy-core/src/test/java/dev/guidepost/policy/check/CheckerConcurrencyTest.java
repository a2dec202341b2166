package dev.guidepost.policy.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.generate.Concurrently;
import dev.guidepost.policy.generate.PolicyGenerator;
import dev.guidepost.policy.generate.Property;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.rules.StandardRules;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One checker shared by eight threads gives, for thousands of generated policies, exactly the
 * reports and the described findings in every language that a sequential run gives. Set {@code
 * -Dguidepost.seed=N} to replay another set of policies.
 */
class CheckerConcurrencyTest {
  private static final int POLICIES = 2_000;

  private record Outcome(Report report, List<String> described) {}

  @Test
  @Timeout(120)
  void eight_threads_sharing_one_checker_get_the_reports_of_a_sequential_run() {
    Checker checker =
        StandardRules.checker().toBuilder()
            .clock(Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC))
            .build();
    Random seeds = new Random(Property.baseSeed());
    List<Policy> policies =
        Stream.generate(() -> PolicyGenerator.policy(seeds.nextLong())).limit(POLICIES).toList();

    List<Outcome> sequential = policies.stream().map(p -> outcome(checker, p)).toList();
    List<Outcome> concurrent = Concurrently.map(policies, 8, p -> outcome(checker, p));

    assertThat(concurrent).isEqualTo(sequential);
    assertThat(sequential)
        .anyMatch(o -> o.report().hasErrors())
        .anyMatch(o -> !o.report().hasErrors());
  }

  private static Outcome outcome(Checker checker, Policy policy) {
    Report report = checker.check(policy);
    return new Outcome(report, Language.standard().stream().map(report::describe).toList());
  }
}
