package dev.guidepost.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.json.PolicyJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds the checker to real verdicts: each file in {@code
 * src/test/resources/dev/guidepost/policy/rules/judged} is a rule that a court, board or authority
 * judged (an NLRB decision or General Counsel memo, a German labour court, the Danish Consumer or
 * Parliamentary Ombudsman, a Norwegian, Swedish, Dutch or British court), with its citation, what
 * was held, where it was read, the rule encoded as a policy as faithfully as the model allows, the
 * findings the verdict calls for ({@code expect}) and the rules that must stay silent ({@code
 * silent}). Where the model cannot yet say what the authority condemned, the file says so in {@code
 * disagrees}, and its expectations cover only what the checker does agree with.
 */
class JudgedCasesTest {
  private static final Path CASES =
      Path.of(System.getProperty("basedir", "."))
          .resolve("src/test/resources/dev/guidepost/policy/rules/judged");

  private static final Set<String> CONDEMNING =
      Set.of("unlawful", "co-determined", "consent-required");

  private static final Set<String> UPHOLDING = Set.of("lawful", "not-co-determined");

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final PolicyJson json = PolicyJson.standard();

  @TestFactory
  Stream<DynamicTest> the_checker_agrees_with_each_verdict() throws IOException {
    return cases().stream()
        .map(file -> dynamicTest(file.getFileName().toString(), () -> agrees(file)));
  }

  @Test
  void the_cases_span_the_jurisdictions_and_both_kinds_of_verdict() throws IOException {
    List<String> jurisdictions = new ArrayList<>();
    List<String> verdicts = new ArrayList<>();
    for (Path file : cases()) {
      JsonNode judged = MAPPER.readTree(Files.readString(file));
      jurisdictions.add(judged.get("jurisdiction").stringValue());
      verdicts.add(judged.get("verdict").stringValue());
    }
    assertThat(jurisdictions).contains("US", "DE", "DK", "NO", "SE", "NL", "GB");
    assertThat(verdicts).containsAnyElementsOf(CONDEMNING).containsAnyElementsOf(UPHOLDING);
  }

  private void agrees(Path file) throws IOException {
    JsonNode judged = MAPPER.readTree(Files.readString(file));
    for (String field : List.of("case", "authority", "jurisdiction", "held", "verdict", "fit")) {
      assertThat(judged.path(field).stringValue(""))
          .as("%s of %s", field, file.getFileName())
          .isNotBlank();
    }
    assertThat(judged.path("readAt").stringValue("") + judged.path("readIn").stringValue(""))
        .as("where %s was read", file.getFileName())
        .isNotBlank();
    String verdict = judged.get("verdict").stringValue();
    assertThat(verdict).isIn(union(CONDEMNING, UPHOLDING));
    Report report = RuleCorpusTest.CHECKER.check(json.read(judged.get("policy").toString()));
    List<String> expected = new ArrayList<>();
    for (JsonNode expect : judged.path("expect")) {
      String rule = expect.get("rule").stringValue();
      expected.add(rule);
      Severity severity = Severity.fromId(expect.get("severity").stringValue()).orElseThrow();
      assertThat(report.findingsOf(rule))
          .as("%s: the %s verdict calls for %s", file.getFileName(), verdict, rule)
          .extracting(Finding::severity)
          .containsExactly(severity);
    }
    for (JsonNode silent : judged.path("silent")) {
      String rule = silent.stringValue();
      assertThat(report.findingsOf(rule))
          .as("%s: the %s verdict leaves %s silent", file.getFileName(), verdict, rule)
          .isEmpty();
    }
    boolean documentedGap = !judged.path("disagrees").stringValue("").isBlank();
    if (CONDEMNING.contains(verdict) && !documentedGap) {
      assertThat(expected).as("%s names the finding its verdict calls for", file).isNotEmpty();
    }
    if (UPHOLDING.contains(verdict)) {
      assertThat(judged.path("silent"))
          .as("%s names the rules that stay silent", file)
          .isNotEmpty();
      assertThat(report.errors()).as("%s: an upheld rule draws no error", file).isEmpty();
    }
  }

  private static Set<String> union(Set<String> one, Set<String> other) {
    Set<String> all = new HashSet<>(one);
    all.addAll(other);
    return all;
  }

  private static List<Path> cases() throws IOException {
    try (Stream<Path> files = Files.list(CASES)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }
}
