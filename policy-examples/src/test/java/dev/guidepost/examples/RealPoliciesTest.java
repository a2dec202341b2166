package dev.guidepost.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.json.PolicyJson;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.standard.StandardCatalogue;
import dev.guidepost.render.compose.Composer;
import dev.guidepost.render.markdown.MarkdownRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the re-encoding of eight published policies honest: each policy file in {@code
 * policies/published} reads, has no error and renders, and the totals of {@code
 * docs/real-policies.md} are the counts of its provision rows (E held exactly, R roughly, N not at
 * all), and its section 3 names, per policy, the errors and the rules the checker reports today.
 */
class RealPoliciesTest {
  private static final Path POLICIES = Path.of("policies", "published");
  private static final Path DOC = Path.of("..", "docs", "real-policies.md");

  @Test
  void every_real_policy_reads_and_renders_in_english() throws IOException {
    List<Path> files = files();
    assertThat(files).hasSize(8);
    for (Path file : files) {
      Policy policy = PolicyJson.standard().read(file);
      String text =
          MarkdownRenderer.create()
              .render(
                  Composer.standard()
                      .compose(StandardRules.checker().validate(policy), Language.ENGLISH));
      assertThat(text).as("%s", file).startsWith("# ").contains(policy.organisation().name());
    }
  }

  @Test
  void every_area_and_option_a_row_names_is_a_decision_of_that_policy_s_file() throws IOException {
    Pattern file = Pattern.compile("`([a-z-]+\\.json)`");
    Pattern decision = Pattern.compile("(?<![A-Za-z-])([a-z][a-z-]*) = ([a-z][a-z-]*)");
    Policy policy = null;
    int named = 0;
    for (String line : Files.readAllLines(DOC)) {
      Matcher heading = file.matcher(line);
      if (line.startsWith("### ") && heading.find()) {
        policy = PolicyJson.standard().read(POLICIES.resolve(heading.group(1)));
      }
      List<String> cells = cells(line);
      if (policy != null && cells.size() == 5 && cells.get(0).matches("\\d+")) {
        Matcher m = decision.matcher(cells.get(2));
        Optional<Decision> previous = Optional.empty();
        while (m.find()) {
          String name = m.group(1);
          String id = m.group(2);
          String what = m.group() + " in the row: " + line;
          if (StandardCatalogue.catalogue().area(name).isEmpty()) { // a parameter of the decision
            if (previous.isEmpty()) { // "<area> <parameter> = <value>"
              String before = cells.get(2).substring(0, m.start()).strip();
              previous = policy.decision(before.substring(before.lastIndexOf(' ') + 1));
            }
            assertThat(previous.flatMap(d -> d.value(name)))
                .as(what)
                .hasValueSatisfying(v -> assertThat(v.toString()).contains(id));
          } else {
            previous = policy.decision(name);
            assertThat(previous.map(d -> d.option().id())).as(what).contains(id);
          }
          named++;
        }
      }
      if (line.startsWith("## 2.")) {
        policy = null;
      }
    }
    assertThat(named).isGreaterThan(100);
  }

  @Test
  void each_policy_s_totals_are_the_counts_of_its_provision_rows() throws IOException {
    Map<String, int[]> counted = new LinkedHashMap<>();
    Map<String, int[]> stated = new LinkedHashMap<>();
    int[] current = null;
    for (String line : Files.readAllLines(DOC)) {
      if (line.startsWith("### ")) {
        String policy = line.replaceFirst("^### [0-9.]+ ", "").replaceFirst(" \\(.*$", "").strip();
        current = new int[3];
        counted.put(policy, current);
      }
      List<String> cells = cells(line);
      if (current != null && cells.size() == 5 && cells.get(0).matches("\\d+")) {
        int column = "ERN".indexOf(cells.get(3));
        assertThat(column).as("E, R or N in %s", line).isNotNegative();
        current[column]++;
      }
      if (cells.size() == 5 && counted.containsKey(cells.get(0)) && cells.get(1).matches("\\d+")) {
        stated.putIfAbsent(
            cells.get(0), cells.subList(2, 5).stream().mapToInt(Integer::parseInt).toArray());
      }
    }
    assertThat(counted).hasSize(8);
    counted.forEach(
        (policy, counts) ->
            assertThat(stated.get(policy))
                .as("the totals row of %s", policy)
                .containsExactly(counts));
  }

  @Test
  void the_total_row_is_the_count_of_all_provision_rows() throws IOException {
    int[] rows = new int[3];
    int[] total = null;
    for (String line : Files.readAllLines(DOC)) {
      List<String> cells = cells(line);
      if (cells.size() == 5 && cells.get(0).matches("\\d+") && "ERN".contains(cells.get(3))) {
        rows["ERN".indexOf(cells.get(3))]++;
      }
      if (total == null && cells.size() == 5 && cells.get(0).equals("Total")) {
        total =
            cells.subList(1, 5).stream()
                .mapToInt(cell -> Integer.parseInt(cell.replaceAll("[^0-9].*", "")))
                .toArray();
      }
    }
    assertThat(total)
        .as("provisions, E, R and N in the first Total row of %s", DOC)
        .containsExactly(rows[0] + rows[1] + rows[2], rows[0], rows[1], rows[2]);
  }

  @Test
  void section_3_lists_what_the_checker_finds_in_each_policy() throws IOException {
    Pattern heading = Pattern.compile("^### [0-9.]+ (.+?) \\(.*`([a-z-]+\\.json)`");
    Map<String, Path> fileOf = new LinkedHashMap<>();
    Map<String, String> stated = new LinkedHashMap<>();
    boolean inSection3 = false;
    for (String line : Files.readAllLines(DOC)) {
      Matcher m = heading.matcher(line);
      if (m.find()) {
        fileOf.put(m.group(1), POLICIES.resolve(m.group(2)));
      }
      if (line.startsWith("## ")) {
        inSection3 = line.startsWith("## 3.");
      }
      List<String> cells = cells(line);
      if (inSection3 && cells.size() == 3 && fileOf.containsKey(cells.get(0))) {
        stated.put(cells.get(0), cells.get(1) + " | " + cells.get(2));
      }
    }
    assertThat(stated.keySet()).as("the policies of section 3").isEqualTo(fileOf.keySet());
    for (Map.Entry<String, Path> policy : fileOf.entrySet()) {
      Report report = StandardRules.checker().check(PolicyJson.standard().read(policy.getValue()));
      String found =
          report.errors().size()
              + " | "
              + report.findings().stream()
                  .map(Finding::rule)
                  .distinct()
                  .sorted()
                  .collect(Collectors.joining(", "));
      assertThat(stated.get(policy.getKey()))
          .as("the row of %s in section 3 of %s", policy.getKey(), DOC)
          .isEqualTo(found);
    }
  }

  private static List<String> cells(String line) {
    String trimmed = line.strip();
    if (!trimmed.startsWith("|") || !trimmed.endsWith("|") || trimmed.length() < 2) {
      return List.of();
    }
    return Arrays.stream(trimmed.substring(1, trimmed.length() - 1).split("\\|", -1))
        .map(cell -> cell.replace("*", "").strip())
        .toList();
  }

  private static List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(POLICIES)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }
}
