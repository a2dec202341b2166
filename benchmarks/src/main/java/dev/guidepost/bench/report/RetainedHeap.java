package dev.guidepost.bench.report;

import dev.guidepost.bench.fixture.Fixtures;
import dev.guidepost.bench.scale.BuildBenchmark;
import dev.guidepost.bench.scale.GeneratedRules;
import dev.guidepost.policy.check.Checker;
import org.openjdk.jol.info.GraphLayout;

/**
 * The heap a checker of generated rules keeps per rule, walked with JOL: everything reachable from
 * a checker of 10,000 rules, less what is reachable from an empty checker (the catalogue, whose
 * options the rules share, and the clock), divided by 10,000.
 */
final class RetainedHeap {
  private RetainedHeap() {}

  static long perRule() {
    Checker empty = Checker.builder().build();
    Checker full =
        Checker.builder()
            .addAll(
                GeneratedRules.declarative(
                    GeneratedRules.generate(BuildBenchmark.RULES, Fixtures.policy())))
            .build();
    long difference =
        GraphLayout.parseInstance(full).totalSize() - GraphLayout.parseInstance(empty).totalSize();
    return difference / BuildBenchmark.RULES;
  }
}
