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
import java.util.List;
import java.util.Locale;

/**
 * Reads a JMH result file and prints one line per comparison, {@code name: RATIO (goal <= X)}, then
 * what is measured without a goal, each such line starting with {@code #}. With {@code --readme
 * FILE SETTINGS} it also writes the results table into that file.
 *
 * <pre>{@code
 * java -cp ... dev.guidepost.bench.report.Ratios results.json --readme benchmarks/README.md "-f 2 ..."
 * }</pre>
 */
public final class Ratios {
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
    for (Comparison comparison : comparisons) {
      out.println(comparison.line(results));
    }
    double build = results.get("BuildBenchmark.guidepost").fastest();
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
      ResultsTable.write(Path.of(args[2]), args[3], results, comparisons, build, retained);
      out.println("# wrote the results table to " + args[2]);
    }
  }

  private static long utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
