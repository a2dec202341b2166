package dev.guidepost.bench.check;

import dev.guidepost.bench.fixture.Fixtures;
import dev.guidepost.policy.check.Checker;
import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.rules.StandardRules;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Comparisons 1 and 2: checking the realistic policy with the standard checker, against the same
 * rules as a hand-written chain of {@code if} statements and as Easy Rules lambdas. Every engine
 * verifies the suggestions, so all three return the same findings.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CheckBenchmark {
  private final Policy policy = Fixtures.policy();
  private final Checker checker = StandardRules.checker();
  private final IfChainChecker ifChain = new IfChainChecker();
  private final EasyRulesChecker easyRules = new EasyRulesChecker();

  /** Creates the benchmark's state. */
  public CheckBenchmark() {}

  /**
   * Checks with Guidepost's standard checker.
   *
   * @return the report
   */
  @Benchmark
  public Report guidepost() {
    return checker.check(policy);
  }

  /**
   * Checks with the hand-written chain of {@code if} statements.
   *
   * @return the findings
   */
  @Benchmark
  public List<FindingView> ifChain() {
    return ifChain.check(policy);
  }

  /**
   * Checks with Easy Rules.
   *
   * @return the findings
   */
  @Benchmark
  public List<FindingView> easyRules() {
    return easyRules.check(policy);
  }
}
