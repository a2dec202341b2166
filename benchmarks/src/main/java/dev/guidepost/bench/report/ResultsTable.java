package dev.guidepost.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes a run's results into {@code benchmarks/README.md}, between the lines {@value #START} and
 * {@value #END}: the date, JDK and machine, every comparison with both figures, and every
 * benchmark's median. The rest of the file is left as it is.
 */
final class ResultsTable {
  static final String START = "<!-- results:start -->";
  static final String END = "<!-- results:end -->";

  private ResultsTable() {}

  static void write(
      Path readme,
      String settings,
      Results results,
      List<Comparison> comparisons,
      double buildMillis,
      long retainedPerRule)
      throws IOException {
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    if (start < 0 || end < start) {
      throw new IllegalStateException(readme + " has no " + START + " ... " + END + " section");
    }
    String table = table(settings, results, comparisons, buildMillis, retainedPerRule);
    Files.writeString(
        readme,
        text.substring(0, start + START.length()) + "\n" + table + text.substring(end),
        StandardCharsets.UTF_8);
  }

  private static String table(
      String settings,
      Results results,
      List<Comparison> comparisons,
      double buildMillis,
      long retainedPerRule)
      throws IOException {
    StringBuilder out = new StringBuilder();
    out.append("Run of ")
        .append(
            ZonedDateTime.now(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)))
        .append(" on ")
        .append(results.jvm())
        .append(", ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores (")
        .append(cpu())
        .append("), shared with other work; JMH ")
        .append(settings)
        .append(
            ". Each figure is the fastest of its measurements (two forks of five in a full run):"
                + " other work only slows a measurement down; the medians are in the second"
                + " table.\n\n");
    out.append("| comparison | Guidepost | reference | ratio | goal | met |\n");
    out.append("|---|---|---|---:|---:|---|\n");
    for (Comparison c : comparisons) {
      out.append(
          String.format(
              Locale.ROOT,
              "| `%s` | %s: %s | %s: %s | %s | <= %s | %s |\n",
              c.name(),
              c.guidepost(),
              number(c.guidepost(results)),
              c.reference(),
              number(c.reference(results)),
              Comparison.ratio(c.ratio(results)),
              Comparison.goal(c.goal()),
              c.met(results) ? "yes" : "**no**"));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "\nBuilding a checker of 10,000 generated rules: %.1f ms (%.2f µs per rule);"
                + " the checker keeps %d bytes per rule.\n\n",
            buildMillis,
            buildMillis * 1000 / 10_000,
            retainedPerRule));
    out.append(
        "| benchmark | fastest | median | unit | measurements | allocated per operation |\n");
    out.append("|---|---:|---:|---|---:|---:|\n");
    for (Results.Result r : results.all()) {
      out.append(
          String.format(
              Locale.ROOT,
              "| `%s` | %s | %s | %s | %d | %s |\n",
              r.name(),
              number(r.fastest()),
              number(r.median()),
              r.unit(),
              r.iterations(),
              r.allocation().map(a -> String.format(Locale.ROOT, "%,.0f B", a)).orElse("")));
    }
    return out.toString();
  }

  private static String number(double value) {
    return value >= 100
        ? String.format(Locale.ROOT, "%,.0f", value)
        : String.format(Locale.ROOT, "%.3g", value);
  }

  private static String cpu() throws IOException {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (!Files.isReadable(cpuinfo)) {
      return System.getProperty("os.arch");
    }
    return Files.readAllLines(cpuinfo, StandardCharsets.UTF_8).stream()
        .filter(line -> line.startsWith("model name"))
        .map(line -> line.substring(line.indexOf(':') + 1).strip())
        .findFirst()
        .orElse(System.getProperty("os.arch"));
  }
}
