package dev.guidepost.bench.report;

import dev.guidepost.bench.fixture.Fixtures;
import dev.guidepost.bench.scale.BuildBenchmark;
import dev.guidepost.bench.scale.GeneratedRules;
import dev.guidepost.policy.check.Checker;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The heap a checker of generated rules keeps per rule: the used heap after a full collection with
 * a checker of 10,000 rules alive, less the used heap after one with the checker gone, divided by
 * 10,000. The rules' options belong to the catalogue, which stays alive either way. (JOL cannot
 * walk records on JDK 17 without an agent, so the heap is weighed instead.)
 */
final class RetainedHeap {
  /** The checker being weighed, kept where no optimisation can drop it. */
  private static volatile @Nullable Checker kept;

  private RetainedHeap() {}

  static long perRule() {
    List<GeneratedRules.Spec> specs =
        GeneratedRules.generate(BuildBenchmark.RULES, Fixtures.policy());
    Checker.builder().addAll(GeneratedRules.declarative(specs.subList(0, 10))).build();
    long[] samples = new long[5];
    for (int i = 0; i < samples.length; i++) {
      kept = Checker.builder().addAll(GeneratedRules.declarative(specs)).build();
      long with = usedAfterCollection();
      requireKept();
      kept = null;
      long without = usedAfterCollection();
      samples[i] = (with - without) / BuildBenchmark.RULES;
    }
    Arrays.sort(samples);
    return samples[samples.length / 2];
  }

  private static void requireKept() {
    Checker weighed = kept;
    if (weighed == null || weighed.rules().size() != BuildBenchmark.RULES) {
      throw new AssertionError("the checker weighed is not the one built");
    }
  }

  private static long usedAfterCollection() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
