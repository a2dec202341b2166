package dev.guidepost.bench.json;

import dev.guidepost.bench.fixture.Fixtures;
import dev.guidepost.policy.json.PolicyJson;
import dev.guidepost.policy.model.Policy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Comparison 6: reading the realistic policy's JSON with {@link PolicyJson}, which checks every
 * field and names the JSON path of any mistake, against {@link JacksonBinding}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmark {
  private final String json = Fixtures.json();
  private final PolicyJson guidepost = PolicyJson.standard();
  private final JacksonBinding jackson = new JacksonBinding();

  /** Creates the benchmark's state. */
  public JsonBenchmark() {}

  /**
   * Reads with Guidepost.
   *
   * @return the policy
   */
  @Benchmark
  public Policy guidepost() {
    return guidepost.read(json);
  }

  /**
   * Reads with plain Jackson binding.
   *
   * @return the policy
   */
  @Benchmark
  public Policy jackson() {
    return jackson.read(json);
  }
}
