package dev.guidepost.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatiosTest {
  private static final List<Comparison> COMPARISONS = Comparison.all(1000, 2000);

  @TempDir Path directory;

  @Test
  void a_run_of_some_benchmarks_gives_the_ratios_it_measured_and_names_the_others()
      throws IOException {
    Results results =
        results(run("CheckBenchmark.guidepost", 45.0, 40.0), run("CheckBenchmark.ifChain", 80.0));

    List<String> lines = Ratios.lines(results, COMPARISONS);

    assertThat(lines).hasSameSizeAs(COMPARISONS);
    assertThat(lines.get(0)).isEqualTo("check-vs-if-chain: 0.50 (goal <= 1.5)");
    assertThat(lines.get(1)).isEqualTo("# check-vs-easy-rules: not measured in this run");
    assertThat(lines.subList(1, lines.size()))
        .allMatch(line -> line.startsWith("# ") && line.endsWith(": not measured in this run"));
  }

  @Test
  void a_run_without_the_allocation_profiler_does_not_measure_allocation() throws IOException {
    Results results =
        results(
            run("RenderBenchmark.markdownGuidepost", 30.0),
            run("RenderBenchmark.markdownHand", 120.0));

    assertThat(Ratios.lines(results, COMPARISONS))
        .contains(
            "markdown-vs-stringbuilder: 0.25 (goal <= 2.0)",
            "# markdown-allocation-vs-output: not measured in this run");
  }

  private Results results(String... runs) throws IOException {
    Path file = directory.resolve("results.json");
    Files.writeString(file, "[" + String.join(",", runs) + "]", StandardCharsets.UTF_8);
    return Results.read(file);
  }

  /** One benchmark's entry in JMH's JSON, one fork of the given measurements. */
  private static String run(String benchmark, double... scores) {
    StringBuilder raw = new StringBuilder();
    for (double score : scores) {
      raw.append(raw.length() == 0 ? "" : ",").append(score);
    }
    return """
        {"benchmark": "dev.guidepost.bench.x.%s", "vmName": "VM", "vmVersion": "17",
         "primaryMetric": {"scoreUnit": "us/op", "rawData": [[%s]]}}"""
        .formatted(benchmark, raw);
  }
}
