package dev.guidepost.bench.report;

import dev.guidepost.bench.fixture.Fixtures;
import dev.guidepost.policy.model.Language;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.html.HtmlRenderer;
import dev.guidepost.render.markdown.MarkdownRenderer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a JMH result file and prints one line per comparison, {@code name: RATIO (goal <= X)}, then
 * what is measured without a goal, each such line starting with {@code #}. A run of some benchmarks
 * only ({@code benchmarks/run --quick CheckBenchmark}) prints the comparisons it measured, and a
 * {@code #} line for each other one. With {@code --readme FILE SETTINGS} it also writes the results
 * table into that file, which needs every comparison measured.
 *
 * <pre>{@code
 * java -cp ... dev.guidepost.bench.report.Ratios results.json --readme benchmarks/README.md "-f 2 ..."
 * }</pre>
 */
public final class Ratios {
  private static final String BUILD = "BuildBenchmark.guidepost";

  private Ratios() {}

  /**
   * Prints the comparisons, and writes the table if asked.
   *
   * @param args the result file, then optionally {@code --readme FILE SETTINGS}
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1 && !(args.length == 4 && args[1].equals("--readme"))) {
      System.err.println("usage: Ratios RESULTS.json [--readme README.md SETTINGS]");
      System.exit(2);
    }
    Results results = Results.read(Path.of(args[0]));
    Document document = Fixtures.document(Language.DANISH);
    List<Comparison> comparisons =
        Comparison.all(
            utf8(MarkdownRenderer.create().render(document)),
            utf8(HtmlRenderer.page().render(document)));
    PrintStream out = System.out;
    lines(results, comparisons).forEach(out::println);
    if (!results.has(BUILD)) {
      out.println("# building a checker of 10,000 rules: not measured in this run");
      return;
    }
    double build = results.get(BUILD).fastest();
    long retained = RetainedHeap.perRule();
    String measured =
        String.format(
            Locale.ROOT,
            "# building a checker of 10,000 rules: %.1f ms, %.2f us per rule; %d bytes retained per rule",
            build,
            build * 1000 / 10_000,
            retained);
    out.println(measured);
    if (args.length == 4) {
      if (comparisons.stream().allMatch(c -> c.measuredIn(results))) {
        ResultsTable.write(Path.of(args[2]), args[3], results, comparisons, build, retained);
        out.println("# wrote the results table to " + args[2]);
      } else {
        out.println("# left " + args[2] + " alone: this run did not measure every comparison");
      }
    }
  }

  /**
   * The lines for the comparisons, in their order: its ratio for each that the run measured, a
   * {@code #} line for each that it did not.
   */
  static List<String> lines(Results results, List<Comparison> comparisons) {
    List<String> lines = new ArrayList<>(comparisons.size());
    for (Comparison comparison : comparisons) {
      lines.add(
          comparison.measuredIn(results)
              ? comparison.line(results)
              : "# " + comparison.name() + ": not measured in this run");
    }
    return lines;
  }

  private static long utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
