package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.rules.StandardRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code guidepost check --format sarif}: every log is valid against the SARIF 2.1.0 schema of the
 * OASIS standard (test resource {@code sarif-schema-2.1.0.json}, origin beside it), and each
 * finding points at the line of the decision it is about.
 */
class CheckSarifTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static Schema sarif;

  @TempDir Path folder;

  @BeforeAll
  static void readSchema() throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            CheckSarifTest.class.getResourceAsStream("sarif-schema-2.1.0.json"))) {
      sarif = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
  }

  @Test
  void a_folder_gives_one_valid_log_with_the_rules_and_a_result_per_finding() throws IOException {
    Policies.write(folder, "clean.json", Policies.clean());
    Path errors = Files.createDirectories(folder.resolve("team")).resolve("errors.json");
    Files.writeString(errors, Policies.json(Policies.errors()));
    Policies.write(folder, "warning.json", Policies.warning());

    Run run = Run.of("check", folder.toString(), "--format", "sarif");

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode log = valid(run.out());
    assertThat(log.get("version").stringValue()).isEqualTo("2.1.0");
    assertThat(log.get("runs").size()).isOne();
    JsonNode first = log.get("runs").get(0);
    JsonNode driver = first.get("tool").get("driver");
    assertThat(driver.get("name").stringValue()).isEqualTo("guidepost");
    assertThat(driver.get("version").stringValue()).isEqualTo("0.1.0-SNAPSHOT");
    List<Rule> rules = StandardRules.checker().rules();
    assertThat(driver.get("rules").size()).isEqualTo(rules.size());
    JsonNode rule = driver.get("rules").get(0);
    assertThat(rule.get("id").stringValue()).isEqualTo(rules.get(0).id());
    assertThat(rule.get("shortDescription").get("text").stringValue()).isNotBlank();
    assertThat(rule.get("help").get("text").stringValue())
        .isEqualTo("Sources: " + rules.get(0).sources().message().format(Language.ENGLISH));
    assertThat(first.get("invocations").get(0).get("executionSuccessful").booleanValue()).isTrue();

    List<String> seen = new ArrayList<>();
    for (JsonNode result : first.get("results")) {
      String uri =
          result
              .get("locations")
              .get(0)
              .get("physicalLocation")
              .get("artifactLocation")
              .get("uri")
              .stringValue();
      seen.add(result.get("level").stringValue() + " " + result.get("ruleId").stringValue());
      assertThat(uri).startsWith("file:/").endsWith(".json");
      int index = result.get("ruleIndex").intValue();
      assertThat(driver.get("rules").get(index).get("id").stringValue())
          .isEqualTo(result.get("ruleId").stringValue());
    }
    // in the sorted order of the paths: clean.json (no finding), team/errors.json, warning.json
    assertThat(seen)
        .containsExactly(
            "error credentials-never-requested",
            "error criticism-ban-us-nlra",
            "warning criticism-ban-without-internal-channel",
            "note us-confidentiality-needs-immunity-notice",
            "warning advocacy-vs-working-hours-ban");
  }

  @Test
  void a_finding_points_at_the_line_of_its_decision() throws IOException {
    Path file = Policies.write(folder, "errors.json", Policies.errors());
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int employerAccess = lineOf(lines, "\"employer-access\": {");
    int criticism = lineOf(lines, "\"criticism\": {");

    JsonNode results =
        valid(Run.of("check", file.toString(), "--format", "sarif").out())
            .get("runs")
            .get(0)
            .get("results");

    assertThat(results.size()).isEqualTo(4);
    assertThat(startLine(results.get(0))).isEqualTo(employerAccess);
    assertThat(startLine(results.get(1))).isEqualTo(criticism);
    assertThat(startLine(results.get(2))).isEqualTo(criticism);
    assertThat(startLine(results.get(3))).isEqualTo(lineOf(lines, "\"confidentiality\": {"));
    assertThat(results.get(0).get("message").get("text").stringValue())
        .startsWith("The policy lets the employer ask for passwords")
        .contains("\nWhat to do: ");
    assertThat(results.get(0).get("properties").get("areas").get(0).stringValue())
        .isEqualTo("employer-access");
    assertThat(results.get(0).get("properties").get("suggestions").get(0).stringValue())
        .isEqualTo("Employer access to accounts: choose \"Never requested\"");
  }

  @Test
  void the_line_is_found_in_a_file_written_by_hand_on_one_line_or_many() {
    String json =
        """
        {"guidepost": 1,
         "decisions":
          {"tone": {"option": "x"},
           "criticism": {"option": "y", "nested": {"employer-access": 1}},
           "employer-access":
         {}}}""";

    DecisionLines lines = DecisionLines.of(json.getBytes(StandardCharsets.UTF_8));

    assertThat(lines.lineOf(List.of("employer-access"))).hasValue(5);
    assertThat(lines.lineOf(List.of("criticism", "tone"))).hasValue(4);
    assertThat(lines.lineOf(List.of("monitoring"))).hasValue(2);
    assertThat(lines.lineOf(List.of())).hasValue(2);
    assertThat(DecisionLines.of("[1]".getBytes(StandardCharsets.UTF_8)).lineOf(List.of("tone")))
        .isEmpty();
    assertThat(
            DecisionLines.of("{\"decisions\": {\"tone\": ".getBytes(StandardCharsets.UTF_8))
                .lineOf(List.of("tone")))
        .hasValue(1);
  }

  @Test
  void a_file_under_the_working_folder_is_a_relative_uri() {
    Path base = Path.of("/work/repo");

    assertThat(FindingsSarif.uri(Path.of("/work/repo/policies/dk policy.json"), base))
        .isEqualTo("policies/dk%20policy.json");
    assertThat(FindingsSarif.uri(Path.of("/work/repo/a:b.json"), base)).isEqualTo("./a:b.json");
    assertThat(FindingsSarif.uri(Path.of("/work/repo/politik/æblegrød.json"), base))
        .isEqualTo("politik/%C3%A6blegr%C3%B8d.json");
    assertThat(FindingsSarif.uri(Path.of("/elsewhere/p.json"), base))
        .isEqualTo("file:///elsewhere/p.json");
  }

  @Test
  void a_file_that_cannot_be_read_is_a_failed_invocation_and_standard_input_has_no_location()
      throws IOException {
    Path missing = folder.resolve("missing.json");

    Run run =
        Run.withInput(
            Policies.json(Policies.errors()),
            "check",
            "-",
            missing.toString(),
            "--format",
            "sarif",
            "--lang",
            "da");

    assertThat(run.exitCode()).isEqualTo(2);
    JsonNode first = valid(run.out()).get("runs").get(0);
    assertThat(first.get("language").stringValue()).isEqualTo("da");
    JsonNode invocation = first.get("invocations").get(0);
    assertThat(invocation.get("executionSuccessful").booleanValue()).isFalse();
    JsonNode notification = invocation.get("toolExecutionNotifications").get(0);
    assertThat(notification.get("level").stringValue()).isEqualTo("error");
    assertThat(notification.get("message").get("text").stringValue())
        .isEqualTo("Kan ikke læse " + missing + ": filen findes ikke.");
    assertThat(first.get("results").size()).isEqualTo(4);
    assertThat(first.get("results").get(0).has("locations")).isFalse();
    assertThat(run.err())
        .isEqualTo(
            "Kan ikke læse "
                + missing
                + ": filen findes ikke.\n"
                + "Kontrollerede filer: 1. Fejl: 2, advarsler: 1, til orientering: 1."
                + " Filer, der ikke kunne læses: 1.\n");
  }

  private static JsonNode valid(String text) {
    List<Error> errors = sarif.validate(JSON.readTree(text));
    assertThat(errors).as(text).isEmpty();
    return JSON.readTree(text);
  }

  private static int startLine(JsonNode result) {
    return result
        .get("locations")
        .get(0)
        .get("physicalLocation")
        .get("region")
        .get("startLine")
        .intValue();
  }

  private static int lineOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " is not in the file");
  }
}
