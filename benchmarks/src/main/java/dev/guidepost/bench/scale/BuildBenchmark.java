package dev.guidepost.bench.scale;

import dev.guidepost.bench.fixture.Fixtures;
import dev.guidepost.policy.check.Checker;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Building a checker of 10,000 generated declarative rules: each rule through its builder, with its
 * conditions, then the checker. The rules' specifications are made outside the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BuildBenchmark {
  /** How many rules the checker holds. */
  public static final int RULES = 10_000;

  private final List<GeneratedRules.Spec> specs = GeneratedRules.generate(RULES, Fixtures.policy());

  /** Creates the benchmark's state. */
  public BuildBenchmark() {}

  /**
   * Builds the checker.
   *
   * @return the checker
   */
  @Benchmark
  public Checker guidepost() {
    return Checker.builder().addAll(GeneratedRules.declarative(specs)).build();
  }
}
