package dev.guidepost.bench.report;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * One comparison of issue 7: Guidepost's figure divided by the reference's, against a goal. A
 * figure is time per operation, except for allocation (bytes per byte of output) and scaling (time
 * per rule).
 *
 * @param name the comparison's name, as printed
 * @param guidepost Guidepost's figure, what it is of
 * @param reference the reference's figure, what it is of
 * @param goal the highest ratio that meets the goal
 * @param guidepostFigure how to get Guidepost's figure from the results
 * @param referenceFigure how to get the reference's figure from the results
 */
record Comparison(
    String name,
    String guidepost,
    String reference,
    double goal,
    ToDoubleFunction<Results> guidepostFigure,
    ToDoubleFunction<Results> referenceFigure) {

  /** A comparison of two benchmarks' times. */
  static Comparison time(String name, String guidepost, String reference, double goal) {
    return new Comparison(
        name,
        guidepost,
        reference,
        goal,
        results -> results.get(guidepost).fastest(),
        results -> results.get(reference).fastest());
  }

  double guidepost(Results results) {
    return guidepostFigure.applyAsDouble(results);
  }

  double reference(Results results) {
    return referenceFigure.applyAsDouble(results);
  }

  double ratio(Results results) {
    return guidepost(results) / reference(results);
  }

  /** Whether the run measured both sides: a run of some benchmarks only may not have. */
  boolean measuredIn(Results results) {
    try {
      ratio(results);
      return true;
    } catch (IllegalArgumentException | IllegalStateException e) {
      return false;
    }
  }

  boolean met(Results results) {
    return ratio(results) <= goal;
  }

  /** The line {@code benchmarks/run --quick} prints: {@code name: RATIO (goal <= X)}. */
  String line(Results results) {
    return String.format(
        Locale.ROOT, "%s: %s (goal <= %s)", name, ratio(ratio(results)), goal(goal));
  }

  /** Two decimals, or three significant digits below 0.1, so that a small ratio is not 0.00. */
  static String ratio(double ratio) {
    return ratio >= 0.1
        ? String.format(Locale.ROOT, "%.2f", ratio)
        : String.format(Locale.ROOT, "%.3g", ratio);
  }

  static String goal(double goal) {
    return goal == Math.rint(goal)
        ? String.format(Locale.ROOT, "%.1f", goal)
        : Double.toString(goal);
  }

  /** Every comparison, in the order of the issue; the output sizes are in UTF-8 bytes. */
  static List<Comparison> all(long markdownBytes, long htmlBytes) {
    String scale = "ScaleBenchmark.guidepost [rules=%d]";
    String drools = "DroolsBenchmark.drools [rules=%d]";
    return List.of(
        time("check-vs-if-chain", "CheckBenchmark.guidepost", "CheckBenchmark.ifChain", 1.5),
        time("check-vs-easy-rules", "CheckBenchmark.guidepost", "CheckBenchmark.easyRules", 0.1),
        time(
            "check-vs-drools-10",
            String.format(Locale.ROOT, scale, 10),
            String.format(Locale.ROOT, drools, 10),
            0.1),
        time(
            "check-vs-drools-100",
            String.format(Locale.ROOT, scale, 100),
            String.format(Locale.ROOT, drools, 100),
            0.1),
        time(
            "check-vs-drools-1000",
            String.format(Locale.ROOT, scale, 1000),
            String.format(Locale.ROOT, drools, 1000),
            0.1),
        new Comparison(
            "scaling-time-per-rule-10000-vs-10",
            String.format(Locale.ROOT, scale, 10_000) + ", per rule",
            String.format(Locale.ROOT, scale, 10) + ", per rule",
            1.5,
            results -> results.get(String.format(Locale.ROOT, scale, 10_000)).fastest() / 10_000,
            results -> results.get(String.format(Locale.ROOT, scale, 10)).fastest() / 10),
        time(
            "markdown-vs-stringbuilder",
            "RenderBenchmark.markdownGuidepost",
            "RenderBenchmark.markdownHand",
            2.0),
        time(
            "html-vs-stringbuilder",
            "RenderBenchmark.htmlGuidepost",
            "RenderBenchmark.htmlHand",
            2.0),
        time(
            "markdown-vs-mustache",
            "RenderBenchmark.markdownGuidepost",
            "RenderBenchmark.markdownMustache",
            0.33),
        time(
            "markdown-vs-pebble",
            "RenderBenchmark.markdownGuidepost",
            "RenderBenchmark.markdownPebble",
            0.33),
        time(
            "html-vs-mustache",
            "RenderBenchmark.htmlGuidepost",
            "RenderBenchmark.htmlMustache",
            0.33),
        time("html-vs-pebble", "RenderBenchmark.htmlGuidepost", "RenderBenchmark.htmlPebble", 0.33),
        time("json-read-vs-jackson", "JsonBenchmark.guidepost", "JsonBenchmark.jackson", 1.2),
        allocation(
            "markdown-allocation-vs-output", "RenderBenchmark.markdownGuidepost", markdownBytes),
        allocation("html-allocation-vs-output", "RenderBenchmark.htmlGuidepost", htmlBytes),
        allocation(
            "markdown-streamed-allocation-vs-output",
            "RenderBenchmark.markdownGuidepostStreamed",
            markdownBytes),
        time(
            "start-vs-hello",
            "StartBenchmark.start [command=guidepost]",
            "StartBenchmark.start [command=hello]",
            4.0),
        time(
            "start-with-cds-vs-hello",
            "StartBenchmark.start [command=guidepost-cds]",
            "StartBenchmark.start [command=hello]",
            4.0),
        time(
            "docx-vs-libreoffice",
            "OfficeBenchmark.docxGuidepost",
            "OfficeBenchmark.docxLibreOffice",
            0.1),
        time(
            "pdf-vs-libreoffice",
            "OfficeBenchmark.pdfGuidepost",
            "OfficeBenchmark.pdfLibreOffice",
            0.1));
  }

  private static Comparison allocation(String name, String benchmark, long outputBytes) {
    return new Comparison(
        name,
        benchmark + ", bytes allocated per render",
        "the output, " + outputBytes + " bytes of UTF-8",
        3.0,
        results ->
            results
                .get(benchmark)
                .allocation()
                .orElseThrow(() -> new IllegalStateException("run with -prof gc for " + benchmark)),
        results -> outputBytes);
  }
}
