package dev.guidepost.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The results of one JMH run, read from its JSON file ({@code -rf json}). A result's score is the
 * fastest of its measurement iterations over all forks: on a machine shared with other work, that
 * work only ever slows a measurement down, so the fastest is the least disturbed one, and the two
 * sides of a comparison are each taken at their least disturbed. The median is kept to show.
 */
final class Results {
  /**
   * One benchmark's result.
   *
   * @param benchmark the benchmark's method, such as {@code CheckBenchmark.guidepost}
   * @param parameters its parameters, such as {@code rules=100}; empty if none
   * @param fastest the fastest measurement, the score
   * @param median the median measurement
   * @param unit the score's unit
   * @param iterations how many measurements the median is of
   * @param allocation the bytes allocated per operation, if measured with {@code -prof gc}
   */
  record Result(
      String benchmark,
      String parameters,
      double fastest,
      double median,
      String unit,
      int iterations,
      Optional<Double> allocation) {
    String name() {
      return parameters.isEmpty() ? benchmark : benchmark + " [" + parameters + "]";
    }
  }

  private final Map<String, Result> results = new LinkedHashMap<>();
  private final String jvm;

  private Results(JsonNode root) {
    String jvm = "";
    for (JsonNode run : root) {
      String full = run.get("benchmark").asString();
      String benchmark = full.substring(full.lastIndexOf('.', full.lastIndexOf('.') - 1) + 1);
      List<String> parameters = new ArrayList<>();
      JsonNode params = run.path("params");
      for (Map.Entry<String, JsonNode> param : params.properties()) {
        parameters.add(param.getKey() + "=" + param.getValue().asString());
      }
      List<Double> scores = new ArrayList<>();
      for (JsonNode fork : run.get("primaryMetric").get("rawData")) {
        for (JsonNode score : fork) {
          scores.add(score.asDouble());
        }
      }
      JsonNode allocation = run.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
      Result result =
          new Result(
              benchmark,
              String.join(",", parameters),
              scores.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
              median(scores),
              run.get("primaryMetric").get("scoreUnit").asString(),
              scores.size(),
              allocation.isNumber() ? Optional.of(allocation.asDouble()) : Optional.empty());
      results.put(result.name(), result);
      jvm = run.get("vmName").asString() + " " + run.get("vmVersion").asString();
    }
    this.jvm = jvm;
  }

  static Results read(Path file) throws IOException {
    return new Results(JsonMapper.builder().build().readTree(file.toFile()));
  }

  /** Returns a result by name: {@code Class.method} or {@code Class.method [p=v]}. */
  Result get(String name) {
    Result result = results.get(name);
    if (result == null) {
      throw new IllegalArgumentException("no result for " + name + " in " + results.keySet());
    }
    return result;
  }

  boolean has(String name) {
    return results.containsKey(name);
  }

  List<Result> all() {
    return List.copyOf(results.values());
  }

  /** The JVM the benchmarks ran on, as JMH reports it. */
  String jvm() {
    return jvm;
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
