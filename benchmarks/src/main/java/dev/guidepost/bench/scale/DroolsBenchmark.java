package dev.guidepost.bench.scale;

import dev.guidepost.bench.check.FindingView;
import dev.guidepost.bench.fixture.Fixtures;
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
 * The Drools side of comparison 2: checking the realistic policy with 10 to 1,000 generated rules
 * in a Drools stateless session, the knowledge base built outside the measurement. Its counterpart
 * is {@link ScaleBenchmark} with the same number of rules.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DroolsBenchmark {
  /** The number of rules. */
  @Param({"10", "100", "1000"})
  public int rules;

  private final Policy policy = Fixtures.policy();
  private DroolsChecker drools = new DroolsChecker(List.of());

  /** Creates the benchmark's state. */
  public DroolsBenchmark() {}

  /** Compiles the rules, outside the measurement. */
  @Setup
  public void build() {
    drools = new DroolsChecker(GeneratedRules.generate(rules, policy));
  }

  /**
   * Checks the policy.
   *
   * @return the findings
   */
  @Benchmark
  public List<FindingView> drools() {
    return drools.check(policy);
  }
}
