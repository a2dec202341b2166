package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CheckCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String DISCLAIMER =
      new FindingsText(CliTexts.of(Language.ENGLISH)).disclaimer();

  @TempDir Path folder;

  @Test
  void a_policy_with_no_error_exits_with_0() throws IOException {
    Path file = Policies.write(folder, "clean.json", Policies.clean());

    Run run = Run.of("check", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("Findings\n--------\n\nNo findings.\n\n")
        .contains(
            "Errors: 0, warnings: 0, notes: 0. The policy has no errors and can be rendered.");
  }

  @Test
  void a_warning_is_explained_but_exits_with_0() throws IOException {
    Path file = Policies.write(folder, "warning.json", Policies.warning());

    Run run = Run.of("check", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Warning: advocacy-vs-working-hours-ban\n  You encourage employees")
        .contains("    - Social media during working hours: Not allowed\n")
        .contains(
            "  Sources: practice: \"8 ting din virksomhed bør overveje når I benytter de sociale medier\", point 8\n");
  }

  @Test
  void an_error_exits_with_1_and_lists_facts_and_verified_fixes() throws IOException {
    Path file = Policies.write(folder, "errors.json", Policies.errors());

    Run run = Run.of("check", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "Error: credentials-never-requested\n"
                + "  The policy lets the employer ask for passwords")
        .contains(
            """
              Why:
                - Country: United States
                - Sector: General
                - Criticism and concerns: Not allowed
            """)
        .contains(
            "  Verified fixes:\n"
                + "    - Criticism and concerns: choose \"Raise it internally first\";"
                + " Employees' rights: choose \"Rights notice included\"\n")
        .contains("Errors: 2, ")
        .contains("The policy has errors and cannot be rendered until they are fixed.");
  }

  @Test
  void the_readmes_json_example_has_the_fields_the_tool_prints() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int example = readme.indexOf("```json", readme.indexOf("`guidepost check --format json`"));
    JsonNode shown =
        JSON.readTree(readme.substring(example + 7, readme.indexOf("```", example + 7)));
    Path file = Policies.write(folder, "errors.json", Policies.errors());
    JsonNode printed = JSON.readTree(Run.of("check", file.toString(), "--format", "json").out());

    assertThat(shown.propertyNames()).containsExactlyElementsOf(printed.propertyNames());
    JsonNode shownFinding = shown.get("findings").get(0);
    JsonNode printedFinding = printed.get("findings").get(0);
    assertThat(shownFinding.propertyNames())
        .containsExactlyElementsOf(printedFinding.propertyNames());
    for (String field : List.of("rule", "severity", "areas", "facts", "suggestions")) {
      assertThat(shownFinding.get(field)).as(field).isEqualTo(printedFinding.get(field));
    }
    assertThat(shownFinding.get("sources").propertyNames())
        .containsExactlyElementsOf(printedFinding.get("sources").propertyNames());
  }

  @Test
  void json_has_exactly_the_documented_shape() throws IOException {
    Path file = Policies.write(folder, "errors.json", Policies.errors());

    Run run = Run.of("check", file.toString(), "--format", "json");

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.propertyNames()).containsExactly("valid", "findings");
    assertThat(root.get("valid").isBoolean()).isTrue();
    assertThat(root.get("valid").booleanValue()).isFalse();
    assertThat(root.get("findings").isArray()).isTrue();
    assertThat(root.get("findings").size()).isPositive();
    for (JsonNode finding : root.get("findings")) {
      List<String> fields =
          finding.has("advice")
              ? List.of(
                  "rule",
                  "severity",
                  "areas",
                  "message",
                  "advice",
                  "facts",
                  "suggestions",
                  "sources")
              : List.of("rule", "severity", "areas", "message", "facts", "suggestions", "sources");
      assertThat(finding.propertyNames()).containsExactlyElementsOf(fields);
      assertThat(finding.get("rule").isString()).isTrue();
      assertThat(finding.get("severity").stringValue()).isIn("error", "warning", "info");
      assertThat(finding.get("message").isString()).isTrue();
      for (String list : List.of("areas", "facts", "suggestions")) {
        assertThat(finding.get(list).isArray()).as(list).isTrue();
        finding.get(list).forEach(item -> assertThat(item.isString()).as(list).isTrue());
      }
    }
    JsonNode first = root.get("findings").get(0);
    assertThat(first.get("rule").stringValue()).isEqualTo("credentials-never-requested");
    assertThat(first.get("severity").stringValue()).isEqualTo("error");
    assertThat(first.get("areas").get(0).stringValue()).isEqualTo("employer-access");
    assertThat(first.get("facts").get(0).stringValue())
        .isEqualTo("employer-access = credentials-requested");
    assertThat(first.get("suggestions").get(0).stringValue())
        .isEqualTo("Employer access to accounts: choose \"Never requested\"");
    JsonNode sources = first.get("sources");
    assertThat(sources.propertyNames()).containsExactly("text", "reviewed", "underReview", "items");
    assertThat(sources.get("text").stringValue())
        .startsWith("Md. Code, Lab. & Empl. § 3-712 (United States); ")
        .endsWith(". Last reviewed on 3 December 2026");
    assertThat(sources.get("reviewed").stringValue()).isEqualTo("2026-12-03");
    assertThat(sources.get("underReview").booleanValue()).isFalse();
    JsonNode maryland = sources.get("items").get(0);
    assertThat(maryland.propertyNames())
        .containsExactly("kind", "jurisdiction", "citation", "pinpoint", "status");
    assertThat(maryland.get("kind").stringValue()).isEqualTo("law");
    assertThat(maryland.get("jurisdiction").stringValue()).isEqualTo("US");
    assertThat(maryland.get("citation").stringValue()).isEqualTo("Md. Code, Lab. & Empl. § 3-712");
    assertThat(maryland.get("pinpoint").stringValue()).isEqualTo("§ 3-712");
    assertThat(maryland.get("status").stringValue()).isEqualTo("in-force");
    JsonNode survey = sources.get("items").get(4);
    assertThat(survey.get("readIn").stringValue()).isEqualTo("Justia, 50-state survey");
    assertThat(survey.has("pinpoint")).isFalse();
    JsonNode nlra = root.get("findings").get(1).get("sources").get("items").get(2);
    assertThat(nlra.get("citation").stringValue()).startsWith("Stericycle, Inc.");
    assertThat(nlra.get("status").stringValue()).isEqualTo("under-review");
    assertThat(nlra.get("date").stringValue()).isEqualTo("2023-08-02");
  }

  @Test
  void json_of_a_valid_policy_is_valid_with_no_findings() throws IOException {
    Path file = Policies.write(folder, "clean.json", Policies.clean());

    Run run = Run.of("check", file.toString(), "--format", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("{\n  \"valid\": true,\n  \"findings\": []\n}\n");
  }

  @Test
  void json_messages_are_in_the_language_asked_for_and_the_facts_stay_stable() throws IOException {
    Path file = Policies.write(folder, "warning.json", Policies.warning());

    JsonNode finding =
        JSON.readTree(Run.of("check", file.toString(), "--format", "json", "--lang", "sv").out())
            .get("findings")
            .get(0);

    assertThat(finding.get("severity").stringValue()).isEqualTo("warning");
    assertThat(finding.get("message").stringValue()).startsWith("Policyn uppmuntrar");
    assertThat(finding.get("facts").get(0).stringValue()).isEqualTo("advocacy = encouraged");
    assertThat(finding.get("suggestions").get(0).stringValue()).contains("välj");
  }

  @Test
  void text_is_in_the_language_asked_for() throws IOException {
    Path file = Policies.write(folder, "errors.json", Policies.errors());

    assertThat(Run.of("check", file.toString(), "--lang", "nl").out())
        .startsWith("Bevindingen\n-----------\n\nFout: credentials-never-requested\n")
        .contains("  Waarom:\n", "  Bronnen: ", "Fouten: 2, ");
  }

  @Test
  void reads_standard_input_for_a_dash() {
    Run run = Run.withInput(Policies.json(Policies.errors()), "check", "-", "--format", "json");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith("{\n  \"valid\": false,");
  }

  @Test
  void equal_input_gives_byte_identical_output() throws IOException {
    Path file = Policies.write(folder, "errors.json", Policies.errors());

    for (String format : List.of("text", "json")) {
      assertThat(Run.of("check", file.toString(), "--format", format))
          .isEqualTo(Run.of("check", file.toString(), "--format", format));
    }
  }

  @Test
  void a_missing_file_exits_with_2_and_says_so() {
    Run run = Run.of("check", folder.resolve("nowhere.json").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "Cannot read " + folder.resolve("nowhere.json") + ": the file does not exist.\n");
  }

  @Test
  void a_folder_without_a_policy_file_exits_with_2_and_says_so() throws IOException {
    Files.writeString(folder.resolve("notes.txt"), "not a policy");

    Run run = Run.of("check", folder.toString(), "--lang", "da");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("Kan ikke kontrollere " + folder + ": mappen indeholder ingen *.json-fil.\n");
    assertThat(run.out())
        .isEqualTo(
            "Kontrollerede filer: 0. Fejl: 0, advarsler: 0, til orientering: 0."
                + " Filer, der ikke kunne læses: 1.\n");
  }

  @Test
  void several_files_and_a_folder_print_each_report_under_its_name_then_a_summary()
      throws IOException {
    Path clean = Policies.write(folder, "clean.json", Policies.clean());
    Path team = Files.createDirectories(folder.resolve("team"));
    Path deeper = Files.createDirectories(team.resolve("nordic"));
    Policies.write(team, "warning.json", Policies.warning());
    Policies.write(deeper, "a-errors.json", Policies.errors());
    Files.writeString(team.resolve("README.txt"), "not a policy");

    Run run = Run.of("check", clean.toString(), team.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    String errors = deeper.resolve("a-errors.json").toString();
    String warning = team.resolve("warning.json").toString();
    assertThat(run.out())
        .startsWith(clean + "\n" + "=".repeat(clean.toString().length()) + "\n\nFindings\n")
        .contains("\n" + errors + "\n" + "=".repeat(errors.length()) + "\n\nFindings\n")
        .contains("\n" + warning + "\n" + "=".repeat(warning.length()) + "\n\nFindings\n")
        .endsWith(
            "\nFiles checked: 3. Errors: 2, warnings: 2, notes: 1."
                + " Files that could not be read: 0.\n\n"
                + DISCLAIMER
                + "\n")
        .doesNotContain("README");
    assertThat(run.out().split(DISCLAIMER, -1)).hasSize(2); // once, at the end
    assertThat(run.out().indexOf(clean.toString()))
        .isLessThan(run.out().indexOf(errors))
        .isLessThan(run.out().indexOf(warning));
  }

  @Test
  void a_folder_given_as_a_symbolic_link_and_linked_files_and_folders_in_it_are_read()
      throws IOException {
    Path real = Files.createDirectories(folder.resolve("real"));
    Policies.write(real, "clean.json", Policies.clean());
    Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
    Path errors = Policies.write(elsewhere, "errors.json", Policies.errors());
    Files.createSymbolicLink(real.resolve("linked.json"), errors);
    Files.createSymbolicLink(real.resolve("team"), elsewhere);
    Files.createSymbolicLink(real.resolve("loop"), real); // a link back up: read once
    Path link = Files.createSymbolicLink(folder.resolve("policies"), real);

    Run run = Run.of("check", link.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains(link.resolve("clean.json") + "\n")
        .contains(link.resolve("linked.json") + "\n")
        .contains(link.resolve("team").resolve("errors.json") + "\n")
        .contains("Files checked: 3. Errors: 4, warnings: 2, notes: 2.");
  }

  @Test
  void the_exit_code_is_the_worst_over_all_files() throws IOException {
    Path clean = Policies.write(folder, "clean.json", Policies.clean());
    Path warning = Policies.write(folder, "warning.json", Policies.warning());
    Path errors = Policies.write(folder, "errors.json", Policies.errors());
    String missing = folder.resolve("missing.json").toString();

    assertThat(Run.of("check", clean.toString(), warning.toString()).exitCode()).isZero();
    assertThat(Run.of("check", clean.toString(), errors.toString()).exitCode()).isEqualTo(1);
    Run unreadable = Run.of("check", errors.toString(), missing, clean.toString());
    assertThat(unreadable.exitCode()).isEqualTo(2);
    assertThat(unreadable.err())
        .isEqualTo("Cannot read " + missing + ": the file does not exist.\n");
    assertThat(unreadable.out())
        .contains("Error: credentials-never-requested")
        .contains(clean + "\n")
        .endsWith(
            "Files checked: 2. Errors: 2, warnings: 1, notes: 1."
                + " Files that could not be read: 1.\n\n"
                + DISCLAIMER
                + "\n");
  }

  @Test
  void json_of_several_files_is_one_document_with_each_file_and_the_totals() throws IOException {
    Path clean = Policies.write(folder, "clean.json", Policies.clean());
    Path errors = Policies.write(folder, "errors.json", Policies.errors());
    String missing = folder.resolve("missing.json").toString();

    Run run = Run.of("check", clean.toString(), errors.toString(), missing, "--format", "json");

    assertThat(run.exitCode()).isEqualTo(2);
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.propertyNames()).containsExactly("files", "summary");
    JsonNode files = root.get("files");
    assertThat(files.size()).isEqualTo(3);
    assertThat(files.get(0).propertyNames()).containsExactly("file", "valid", "findings");
    assertThat(files.get(0).get("file").stringValue()).isEqualTo(clean.toString());
    assertThat(files.get(0).get("valid").booleanValue()).isTrue();
    assertThat(files.get(1).get("valid").booleanValue()).isFalse();
    assertThat(files.get(1).get("findings").get(0).get("rule").stringValue())
        .isEqualTo("credentials-never-requested");
    assertThat(files.get(2).propertyNames()).containsExactly("file", "error");
    assertThat(files.get(2).get("error").stringValue()).endsWith(": the file does not exist.");
    JsonNode summary = root.get("summary");
    assertThat(summary.propertyNames())
        .containsExactly("files", "errors", "warnings", "infos", "unreadable");
    assertThat(summary.get("files").intValue()).isEqualTo(2);
    assertThat(summary.get("errors").intValue()).isEqualTo(2);
    assertThat(summary.get("unreadable").intValue()).isOne();
    assertThat(run.err())
        .endsWith(
            "Files checked: 2. Errors: 2, warnings: 1, notes: 1."
                + " Files that could not be read: 1.\n");
  }

  @Test
  void malformed_json_exits_with_2_naming_the_path_and_what_was_expected() throws IOException {
    Path file =
        Files.writeString(
            folder.resolve("bad.json"),
            "{\"guidepost\": 1, \"organisation\": {\"name\": \"X\", \"country\": \"XX\"},"
                + " \"decisions\": {}}");

    Run run = Run.of("check", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            file
                + " is not a policy in Guidepost's format: $.organisation.country: expected an"
                + " ISO 3166-1 alpha-2 country code such as \"DK\", but found \"XX\"\n");
  }

  @Test
  void a_file_that_is_not_a_policy_is_explained_in_the_reader_s_language() throws IOException {
    Path file =
        Files.writeString(
            folder.resolve("bad.json"),
            "{\"guidepost\": 1, \"organisation\": {\"name\": \"X\", \"country\": \"DK\","
                + " \"employees\": \"ti\"}, \"decisions\": {}}");

    Run run = Run.of("check", file.toString(), "--lang", "da");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            file
                + " er ikke en politik i Guideposts format: $.organisation.employees: forventede"
                + " et helt tal fra 1 til 2147483647, men fandt \"ti\"\n");
  }

  @Test
  void truncated_input_names_where_it_broke_off() {
    Run run = Run.withInput("{\"guidepost\": 1, \"organisation\": {", "check", "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("standard input is not a policy in Guidepost's format: $.organisation")
        .contains("expected well-formed JSON")
        .doesNotContain("Exception", "\tat ");
  }
}
