package dev.guidepost.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.check.Checker;
import dev.guidepost.policy.check.InvalidPolicyException;
import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.check.ValidatedPolicy;
import dev.guidepost.policy.generate.Concurrently;
import dev.guidepost.policy.generate.PolicyGenerator;
import dev.guidepost.policy.generate.Property;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.render.compose.Composer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One checker, one composer and one of each renderer, shared by eight threads, give for thousands
 * of generated policies exactly the reports and the bytes that a sequential run gives. Each valid
 * policy is composed in one language and rendered in one format, taken in turn, so that every
 * language and format is shared by all threads. Set {@code -Dguidepost.seed=N} to replay another
 * set of policies.
 */
class RenderingConcurrencyTest {
  private static final int POLICIES = 2_000;
  private static final Checker CHECKER =
      StandardRules.checker().toBuilder()
          .clock(Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC))
          .build();
  private static final List<Language> LANGUAGES = Composer.standard().languages();

  /** A report and, if the policy validated, one rendering of it. */
  private record Outcome(Report report, String rendered) {}

  @Test
  @Timeout(120)
  void eight_threads_sharing_the_pipeline_get_the_bytes_of_a_sequential_run() {
    Random seeds = new Random(Property.baseSeed());
    List<Policy> policies =
        Stream.generate(() -> PolicyGenerator.policy(seeds.nextLong())).limit(POLICIES).toList();
    List<Integer> cases = IntStream.range(0, POLICIES).boxed().toList();

    List<Outcome> sequential = cases.stream().map(i -> outcome(i, policies.get(i))).toList();
    List<Outcome> concurrent = Concurrently.map(cases, 8, i -> outcome(i, policies.get(i)));

    assertThat(concurrent).isEqualTo(sequential);
    assertThat(sequential.stream().filter(o -> !o.rendered().isEmpty()).count())
        .as("policies rendered, not only reported")
        .isGreaterThan(POLICIES / 2);
  }

  private static Outcome outcome(int index, Policy policy) {
    ValidatedPolicy valid;
    try {
      valid = CHECKER.validate(policy);
    } catch (InvalidPolicyException e) {
      return new Outcome(e.report(), "");
    }
    Language language = LANGUAGES.get(index % LANGUAGES.size());
    Renderer renderer =
        Pipeline.RENDERERS.get(index / LANGUAGES.size() % Pipeline.RENDERERS.size());
    return new Outcome(
        valid.report(), renderer.render(Composer.standard().compose(valid, language)));
  }
}
