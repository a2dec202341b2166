package dev.guidepost.policy.json;

import static dev.guidepost.policy.json.JsonInputs.MINIMAL;
import static dev.guidepost.policy.json.JsonInputs.withClauses;
import static dev.guidepost.policy.json.JsonInputs.withDecision;
import static dev.guidepost.policy.json.JsonInputs.withFields;
import static dev.guidepost.policy.json.JsonInputs.withOrganisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The generated schema checked with a real validator (networknt json-schema-validator, draft
 * 2020-12): every policy file of the repository validates, and for malformed inputs a schema can
 * judge, the schema and the reader both refuse, at the same place.
 */
class PolicySchemaValidationTest {
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(PolicySchema.standard(), InputFormat.JSON);

  static List<Error> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  /** The JSON files of the repository, outside build output; from the module's folder. */
  private static List<Path> jsonFiles() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of(".."))) {
      return files
          .filter(file -> file.toString().endsWith(".json"))
          .filter(file -> !file.toString().contains("/target/") && !file.toString().contains("/."))
          .sorted()
          .toList();
    }
  }

  /**
   * The policy a file holds: the file itself, or the {@code policy} of a judged case that wraps
   * one; empty for other JSON (schemas) and for fuzz seeds, which are bytes of any kind.
   */
  private static Optional<String> policyIn(Path file) throws IOException {
    if (file.toString().contains("FuzzTestInputs/")) {
      return Optional.empty();
    }
    String json = Files.readString(file, StandardCharsets.UTF_8);
    JsonNode root = PolicySchemaTest.tree(json);
    if (root.has("guidepost")) {
      return Optional.of(json);
    }
    JsonNode wrapped = root.path("policy");
    return wrapped.isObject() ? Optional.of(wrapped.toString()) : Optional.empty();
  }

  @Test
  void every_policy_file_of_the_repository_is_read_and_validates() throws IOException {
    List<String> failures = new ArrayList<>();
    int policies = 0;
    for (Path file : jsonFiles()) {
      Optional<String> policy = policyIn(file);
      if (policy.isEmpty()) {
        continue;
      }
      policies++;
      PolicyJson.standard().read(policy.get());
      List<Error> errors = errors(policy.get());
      if (!errors.isEmpty()) {
        failures.add(file + ": " + errors);
      }
    }
    assertThat(failures).isEmpty();
    assertThat(policies).as("policy files found").isGreaterThan(300);
  }

  @Test
  void every_fuzz_seed_the_reader_reads_validates() throws IOException {
    int read = 0;
    for (Path file : jsonFiles()) {
      if (!file.toString().contains("FuzzTestInputs/")) {
        continue;
      }
      String json;
      try {
        json = Files.readString(file, StandardCharsets.UTF_8);
        PolicyJson.standard().read(json);
      } catch (PolicyFormatException | java.nio.charset.MalformedInputException e) {
        continue;
      }
      read++;
      assertThat(errors(json)).as(file.toString()).isEmpty();
    }
    assertThat(read).as("seeds the reader reads").isPositive();
  }

  static Stream<Arguments> malformed() {
    String longText = "x".repeat(Limits.MAX_TEXT_LENGTH + 1);
    return Stream.of(
        Arguments.of(
            "no guidepost",
            "{\"organisation\": {\"name\": \"A\", \"country\": \"DK\"}, \"decisions\": {}}",
            "$.guidepost"),
        Arguments.of("no organisation", "{\"guidepost\": 1, \"decisions\": {}}", "$.organisation"),
        Arguments.of("no decisions", MINIMAL.replace(", \"decisions\": {}", ""), "$.decisions"),
        Arguments.of("not an object", "[]", "$"),
        Arguments.of("unknown field", withFields("\"audience\": \"all\""), "$.audience"),
        Arguments.of(
            "version 0", MINIMAL.replace("\"guidepost\": 1", "\"guidepost\": 0"), "$.guidepost"),
        Arguments.of(
            "version too new",
            MINIMAL.replace("\"guidepost\": 1", "\"guidepost\": 5"),
            "$.guidepost"),
        Arguments.of(
            "version as text",
            MINIMAL.replace("\"guidepost\": 1", "\"guidepost\": \"1\""),
            "$.guidepost"),
        Arguments.of("$schema a number", withFields("\"$schema\": 1"), "$['$schema']"),
        Arguments.of("$schema blank", withFields("\"$schema\": \" \""), "$['$schema']"),
        Arguments.of(
            "organisation no object",
            MINIMAL.replaceFirst("\\{\"name.*?\\}", "\"Acme\""),
            "$.organisation"),
        Arguments.of("no name", withOrganisation("\"country\": \"DK\""), "$.organisation.name"),
        Arguments.of(
            "blank name",
            withOrganisation("\"name\": \"\", \"country\": \"DK\""),
            "$.organisation.name"),
        Arguments.of("no country", withOrganisation("\"name\": \"A\""), "$.organisation.country"),
        Arguments.of(
            "country lower case",
            withOrganisation("\"name\": \"A\", \"country\": \"dk\""),
            "$.organisation.country"),
        Arguments.of(
            "unknown organisation field",
            withOrganisation("\"name\": \"A\", \"country\": \"DK\", \"size\": 3"),
            "$.organisation.size"),
        Arguments.of(
            "unknown sector",
            withOrganisation("\"name\": \"A\", \"country\": \"DK\", \"sector\": \"retail\""),
            "$.organisation.sector"),
        Arguments.of(
            "no employees",
            withOrganisation("\"name\": \"A\", \"country\": \"DK\", \"employees\": 0"),
            "$.organisation.employees"),
        Arguments.of(
            "employees as text",
            withOrganisation("\"name\": \"A\", \"country\": \"DK\", \"employees\": \"9\""),
            "$.organisation.employees"),
        Arguments.of(
            "other country twice",
            withOrganisation(
                    "\"name\": \"A\", \"country\": \"DK\", \"otherCountries\": [\"SE\", \"SE\"]")
                .replace("\"guidepost\": 1", "\"guidepost\": 2"),
            "$.organisation.otherCountries[1]"),
        Arguments.of("version not semantic", withFields("\"version\": \"1.2\""), "$.version"),
        Arguments.of(
            "date not ISO", withFields("\"effectiveFrom\": \"01-01-2027\""), "$.effectiveFrom"),
        Arguments.of("owner a number", withFields("\"owner\": 5"), "$.owner"),
        Arguments.of("owner too long", withFields("\"owner\": \"" + longText + "\""), "$.owner"),
        Arguments.of("no languages", withFields("\"languages\": []"), "$.languages"),
        Arguments.of(
            "language twice", withFields("\"languages\": [\"da\", \"da\"]"), "$.languages[1]"),
        Arguments.of(
            "language upper case", withFields("\"languages\": [\"DA\"]"), "$.languages[0]"),
        Arguments.of(
            "authoritative language a name",
            withFields("\"authoritativeLanguage\": \"danish\""),
            "$.authoritativeLanguage"),
        Arguments.of(
            "decisions an array",
            MINIMAL.replace("\"decisions\": {}", "\"decisions\": []"),
            "$.decisions"),
        Arguments.of(
            "unknown area",
            withDecision("hobbies", "{\"option\": \"none\"}"),
            "$.decisions.hobbies"),
        Arguments.of("decision a text", withDecision("tone", "\"respectful\""), "$.decisions.tone"),
        Arguments.of(
            "no option",
            withDecision("working-hours", "{\"minutesPerDay\": 30}"),
            "$.decisions['working-hours'].option"),
        Arguments.of(
            "unknown option",
            withDecision("working-hours", "{\"option\": \"always\"}"),
            "$.decisions['working-hours'].option"),
        Arguments.of(
            "option a number",
            withDecision("working-hours", "{\"option\": 1}"),
            "$.decisions['working-hours'].option"),
        Arguments.of(
            "unknown parameter",
            withDecision("working-hours", "{\"option\": \"breaks-only\", \"minutesPerDay\": 30}"),
            "$.decisions['working-hours'].minutesPerDay"),
        Arguments.of(
            "integer as text",
            withDecision(
                "working-hours", "{\"option\": \"time-limited\", \"minutesPerDay\": \"30\"}"),
            "$.decisions['working-hours'].minutesPerDay"),
        Arguments.of(
            "boolean as text",
            withDecision(
                "purpose",
                "{\"option\": \"defined\", \"goals\": [\"sales\"], \"measured\": \"yes\"}"),
            "$.decisions.purpose.measured"),
        Arguments.of(
            "unknown choice",
            withDecision("purpose", "{\"option\": \"defined\", \"goals\": [\"fame\"]}"),
            "$.decisions.purpose.goals[0]"),
        Arguments.of(
            "choice twice",
            withDecision("purpose", "{\"option\": \"defined\", \"goals\": [\"sales\", \"sales\"]}"),
            "$.decisions.purpose.goals[1]"),
        Arguments.of(
            "choices a text",
            withDecision("purpose", "{\"option\": \"defined\", \"goals\": \"sales\"}"),
            "$.decisions.purpose.goals"),
        Arguments.of(
            "unknown single choice",
            withDecision("transparency", "{\"option\": \"disclose-only\", \"method\": \"tattoo\"}"),
            "$.decisions.transparency.method"),
        Arguments.of(
            "text a number",
            withDecision("governance", "{\"option\": \"social-media-manager\", \"contact\": 7}"),
            "$.decisions.governance.contact"),
        Arguments.of(
            "texts with a number",
            withDecision(
                "legal-compliance",
                "{\"option\": \"sector-rules-apply\", \"regulations\": [\"MiFID II\", 2]}"),
            "$.decisions['legal-compliance'].regulations[1]"),
        Arguments.of(
            "date not a date",
            withDecision(
                "consultation", "{\"option\": \"representatives-approved\", \"date\": \"soon\"}"),
            "$.decisions.consultation.date"),
        Arguments.of(
            "clauses an object",
            MINIMAL.replace("\"decisions\": {}", "\"decisions\": {}, \"customClauses\": {}"),
            "$.customClauses"),
        Arguments.of(
            "clause of unknown area",
            withClauses("{\"area\": \"hobbies\", \"text\": {\"en\": \"x\"}}"),
            "$.customClauses[0].area"),
        Arguments.of(
            "clause without text", withClauses("{\"area\": \"tone\"}"), "$.customClauses[0].text"),
        Arguments.of(
            "clause with empty text",
            withClauses("{\"area\": \"tone\", \"text\": {}}"),
            "$.customClauses[0].text"),
        Arguments.of(
            "clause in a language name",
            withClauses("{\"area\": \"tone\", \"text\": {\"english\": \"x\"}}"),
            "$.customClauses[0].text.english"),
        Arguments.of(
            "clause text blank",
            withClauses("{\"area\": \"tone\", \"text\": {\"en\": \" \"}}"),
            "$.customClauses[0].text.en"),
        Arguments.of(
            "clause unknown field",
            withClauses("{\"area\": \"tone\", \"text\": {\"en\": \"x\"}, \"order\": 1}"),
            "$.customClauses[0].order"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void the_schema_and_the_reader_both_refuse(String what, String json, String path) {
    PolicyFormatException e =
        catchThrowableOfType(PolicyFormatException.class, () -> PolicyJson.standard().read(json));
    assertThat(e).as("the reader refuses " + json).isNotNull();
    assertThat(e.path()).as(e.getMessage()).isEqualTo(path);
    List<Error> errors = errors(json);
    assertThat(errors).as("the schema refuses " + json).isNotEmpty();
    assertThat(errors)
        .as("the schema refuses where the reader does, %s", pointer(path))
        .anySatisfy(error -> assertThat(within(pointer(path), location(error))).isTrue());
  }

  private static boolean within(String pointer, String location) {
    return pointer.equals(location) || (!location.isEmpty() && pointer.startsWith(location + "/"));
  }

  @Test
  void a_policy_that_names_its_schema_is_read_as_without_it_validates_and_is_written_without_it() {
    String named = withFields("\"$schema\": \"../docs/policy.schema.json\"");

    assertThat(PolicyJson.standard().read(named)).isEqualTo(PolicyJson.standard().read(MINIMAL));
    assertThat(errors(named)).isEmpty();
    assertThat(PolicyJson.standard().write(PolicyJson.standard().read(named)))
        .doesNotContain("$schema");
    assertThat(JsonInputs.rejected(withFields("\"$schema\": {}"), "$['$schema']").expected())
        .isEqualTo("the schema's path or address");
  }

  /** Where the validator places an error: the value, or the field it names in its object. */
  private static String location(Error error) {
    String at = error.getInstanceLocation().toString();
    String property = error.getProperty();
    return property == null || at.endsWith("/" + property) ? at : at + "/" + property;
  }

  /** The reader's path as a JSON pointer: {@code $.a['b-c'][0]} is {@code /a/b-c/0}. */
  private static String pointer(String path) {
    return path.substring(1)
        .replaceAll("\\['([^']*)'\\]", "/$1")
        .replaceAll("\\[(\\d+)\\]", "/$1")
        .replace('.', '/');
  }
}
