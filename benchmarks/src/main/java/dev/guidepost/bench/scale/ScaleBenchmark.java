package dev.guidepost.bench.scale;

import dev.guidepost.bench.fixture.Fixtures;
import dev.guidepost.policy.check.Checker;
import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.model.Policy;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Comparison 3, and the Guidepost side of the Drools comparison: checking the realistic policy with
 * a checker of 10 to 10,000 {@linkplain GeneratedRules generated rules}, a tenth of which fire.
 * Time per rule is the score divided by the number of rules.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScaleBenchmark {
  /** The number of rules. */
  @Param({"10", "100", "1000", "10000"})
  public int rules;

  private final Policy policy = Fixtures.policy();
  private Checker checker = Checker.builder().build();

  /** Creates the benchmark's state. */
  public ScaleBenchmark() {}

  /** Builds the checker, outside the measurement. */
  @Setup
  public void build() {
    checker = checker(rules, policy);
  }

  /**
   * Checks the policy.
   *
   * @return the report
   */
  @Benchmark
  public Report guidepost() {
    return checker.check(policy);
  }

  static Checker checker(int rules, Policy policy) {
    List<GeneratedRules.Spec> specs = GeneratedRules.generate(rules, policy);
    return Checker.builder().addAll(GeneratedRules.declarative(specs)).build();
  }
}
