package dev.guidepost.policy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.guidepost.policy.catalogue.Catalogue;
import dev.guidepost.policy.message.MessageBundle;
import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterKind;
import dev.guidepost.policy.standard.StandardCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema generated from a catalogue: the committed copies are what the code gives (run with
 * {@code -Dguidepost.docs.update=true} to write them anew), and it holds every area, option and
 * parameter with its English title.
 */
class PolicySchemaTest {
  static final Path DOCS = Path.of("../docs/policy.schema.json");
  static final Path RESOURCE =
      Path.of("src/main/resources/dev/guidepost/policy/json/policy.schema.json");
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  static JsonNode tree(String schema) {
    return MAPPER.readTree(schema);
  }

  @Test
  void the_committed_schema_in_docs_and_in_the_jar_is_what_the_catalogue_gives()
      throws IOException {
    String generated = PolicySchema.standard();
    if (Boolean.getBoolean("guidepost.docs.update")) {
      Files.writeString(DOCS, generated, StandardCharsets.UTF_8);
      Files.writeString(RESOURCE, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(DOCS, StandardCharsets.UTF_8))
        .as("docs/policy.schema.json is generated; run with -Dguidepost.docs.update=true")
        .isEqualTo(generated);
    try (InputStream in =
        Objects.requireNonNull(PolicySchema.class.getResourceAsStream("policy.schema.json"))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(generated);
    }
  }

  @Test
  void the_standard_schema_is_that_of_the_standard_catalogue_and_deterministic() {
    assertThat(PolicySchema.standard())
        .isEqualTo(PolicySchema.of(StandardCatalogue.catalogue()))
        .isEqualTo(PolicySchema.of(StandardCatalogue.catalogue(), MessageBundle.standard()))
        .startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n")
        .endsWith("}\n");
  }

  @Test
  void every_area_option_and_parameter_is_there_in_catalogue_order_with_its_english_title() {
    JsonNode areas = tree(PolicySchema.standard()).path("properties").path("decisions");
    assertThat(areas.path("additionalProperties").booleanValue()).isFalse();
    List<String> ids = new ArrayList<>(areas.path("properties").propertyNames());
    assertThat(ids)
        .containsExactlyElementsOf(
            StandardCatalogue.catalogue().areas().stream().map(Area::id).toList());
    for (Area area : StandardCatalogue.catalogue().areas()) {
      JsonNode schema = areas.path("properties").path(area.id());
      assertThat(schema.path("title").stringValue())
          .isEqualTo(MessageBundle.standard().pattern(Language.ENGLISH, "area." + area.id()));
      assertThat(schema.path("properties").path("option").path("enum").values())
          .extracting(JsonNode::stringValue)
          .containsExactlyElementsOf(area.options().stream().map(Option::id).toList());
      for (int i = 0; i < area.options().size(); i++) {
        Option option = area.options().get(i);
        JsonNode branch = schema.path("allOf").path(i);
        assertThat(branch.path("if").path("properties").path("option").path("const").stringValue())
            .isEqualTo(option.id());
        JsonNode then = branch.path("then");
        assertThat(then.path("title").stringValue())
            .isEqualTo(
                MessageBundle.standard()
                    .pattern(Language.ENGLISH, "option." + area.id() + "." + option.id()));
        List<String> fields = new ArrayList<>(then.path("properties").propertyNames());
        List<String> expected = new ArrayList<>(List.of("option"));
        option.parameters().forEach(p -> expected.add(p.name()));
        expected.add("binds");
        assertThat(fields).containsExactlyElementsOf(expected);
        assertThat(then.path("properties").path("binds").path("enum").values())
            .extracting(JsonNode::stringValue)
            .containsExactly(
                "spokespersons", "editorial-staff", "senior-leaders", "all-but-spokespersons");
        assertThat(then.path("additionalProperties").booleanValue()).isFalse();
      }
    }
  }

  private static final Option DISCLOSE_USE =
      Option.of(
          "ai-tools",
          "disclose-use",
          Parameter.of("tools", ParameterKind.TEXTS, false),
          Parameter.integer("reviewMonths", 1, 24),
          Parameter.choice("scope", List.of("all", "some")),
          Parameter.of("since", ParameterKind.DATE, false),
          Parameter.of("public", ParameterKind.BOOLEAN, false),
          Parameter.of("note", ParameterKind.TEXT, false),
          Parameter.choices("teams", List.of("hr", "it"), false));

  private static Catalogue ours() {
    return StandardCatalogue.catalogue().withArea("oversight", Area.of("ai-tools", DISCLOSE_USE));
  }

  @Test
  void a_catalogue_of_ones_own_gets_its_own_schema_titled_by_ids_or_its_own_labels() {
    JsonNode area = tree(PolicySchema.of(ours())).at("/properties/decisions/properties/ai-tools");
    assertThat(area.path("title").stringValue()).isEqualTo("ai-tools");
    assertThat(area.at("/allOf/0/then/title").stringValue()).isEqualTo("disclose-use");
    assertThat(
            tree(PolicySchema.standard())
                .at("/properties/decisions/properties/ai-tools")
                .isMissingNode())
        .isTrue();

    MessageBundle labels =
        MessageBundle.builder()
            .put(Language.ENGLISH, "area.ai-tools", "AI tools")
            .put(Language.ENGLISH, "option.ai-tools.disclose-use", "Disclose their use")
            .put(Language.ENGLISH, "parameter.teams", "Teams")
            .put(Language.ENGLISH, "value.teams.hr", "Human resources")
            .build();
    JsonNode titled =
        tree(PolicySchema.of(ours(), MessageBundle.standard().overlay(labels)))
            .at("/properties/decisions/properties/ai-tools");
    assertThat(titled.path("title").stringValue()).isEqualTo("AI tools");
    assertThat(titled.at("/allOf/0/then/title").stringValue()).isEqualTo("Disclose their use");
    assertThat(titled.at("/allOf/0/then/properties/teams/title").stringValue()).isEqualTo("Teams");
    assertThat(titled.at("/allOf/0/then/properties/teams/description").stringValue())
        .isEqualTo("Distinct values, each one of: hr (Human resources), it (it). Optional.");
  }

  @Test
  void each_kind_of_parameter_has_its_json_type_and_the_description_states_its_limits() {
    JsonNode fields =
        tree(PolicySchema.of(ours()))
            .at("/properties/decisions/properties/ai-tools/allOf/0/then/properties");
    assertThat(fields.at("/tools/type").stringValue()).isEqualTo("array");
    assertThat(fields.at("/tools/items/$ref").stringValue()).isEqualTo("#/$defs/text");
    assertThat(fields.at("/tools/uniqueItems").isMissingNode()).isTrue();
    assertThat(fields.at("/tools/maxItems").intValue()).isEqualTo(1000);
    assertThat(fields.at("/tools/description").stringValue())
        .isEqualTo("A list of texts. Optional.");
    assertThat(fields.at("/reviewMonths/type").stringValue()).isEqualTo("integer");
    assertThat(fields.at("/reviewMonths/minimum").isMissingNode()).isTrue();
    assertThat(fields.at("/reviewMonths/description").stringValue())
        .isEqualTo(
            "A whole number, at least 1, at most 24. Required; a policy without it or with a value"
                + " out of range is read, and the checker reports an error.");
    assertThat(fields.at("/scope/enum").toString()).isEqualTo("[\"all\",\"some\"]");
    assertThat(fields.at("/scope/description").stringValue())
        .isEqualTo(
            "One of: all (all), some (some). Required; a policy without it is read,"
                + " and the checker reports an error.");
    assertThat(fields.at("/since/$ref").stringValue()).isEqualTo("#/$defs/date");
    assertThat(fields.at("/public/type").stringValue()).isEqualTo("boolean");
    assertThat(fields.at("/public/description").stringValue())
        .isEqualTo("true or false. Optional.");
    assertThat(fields.at("/note/$ref").stringValue()).isEqualTo("#/$defs/text");
    assertThat(fields.at("/note/description").stringValue()).isEqualTo("A text. Optional.");
    assertThat(fields.at("/since/description").stringValue())
        .isEqualTo("An ISO-8601 date. Optional.");
    assertThat(fields.at("/teams/uniqueItems").booleanValue()).isTrue();
    assertThat(fields.at("/teams/items/enum").toString()).isEqualTo("[\"hr\",\"it\"]");
  }

  @Test
  void an_optional_parameter_with_only_a_minimum_or_maximum_still_says_what_the_checker_does() {
    Parameter atLeast =
        Parameter.builder()
            .name("n")
            .kind(ParameterKind.INTEGER)
            .minimum(2L)
            .required(false)
            .build();
    Parameter atMost =
        Parameter.builder()
            .name("m")
            .kind(ParameterKind.INTEGER)
            .maximum(9L)
            .required(false)
            .build();
    Catalogue catalogue =
        StandardCatalogue.catalogue()
            .withArea("oversight", Area.of("counts", Option.of("counts", "set", atLeast, atMost)));
    JsonNode fields =
        tree(PolicySchema.of(catalogue))
            .at("/properties/decisions/properties/counts/allOf/0/then/properties");
    assertThat(fields.at("/n/description").stringValue())
        .isEqualTo(
            "A whole number, at least 2. Optional; a policy with a value out of range is read,"
                + " and the checker reports an error.");
    assertThat(fields.at("/m/description").stringValue())
        .isEqualTo(
            "A whole number, at most 9. Optional; a policy with a value out of range is read,"
                + " and the checker reports an error.");
  }

  @Test
  void the_fields_outside_the_decisions_are_those_the_reader_reads() {
    JsonNode root = tree(PolicySchema.standard());
    assertThat(new ArrayList<>(root.path("properties").propertyNames()))
        .containsExactlyElementsOf(PolicyReader.ROOT_FIELDS);
    assertThat(new ArrayList<>(root.at("/properties/organisation/properties").propertyNames()))
        .containsExactlyElementsOf(PolicyReader.ORGANISATION_FIELDS);
    assertThat(root.path("required").toString())
        .isEqualTo("[\"guidepost\",\"organisation\",\"decisions\"]");
    assertThat(root.at("/properties/guidepost/maximum").intValue()).isEqualTo(FormatVersion.LATEST);
    assertThat(root.at("/properties/organisation/required").toString())
        .isEqualTo("[\"name\",\"country\"]");
    assertThat(root.at("/properties/organisation/properties/sector/description").stringValue())
        .startsWith("general: General; financial-services: Financial services;");
    assertThat(root.at("/properties/languages/minItems").intValue()).isEqualTo(1);
    assertThat(root.at("/properties/customClauses/items/properties/area/enum").size())
        .isEqualTo(StandardCatalogue.catalogue().areas().size());
    assertThat(root.at("/$defs/text/maxLength").intValue()).isEqualTo(Limits.MAX_TEXT_LENGTH);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void null_arguments_are_named() {
    assertThatNullPointerException()
        .isThrownBy(() -> PolicySchema.of(null))
        .withMessage("catalogue");
    assertThatNullPointerException()
        .isThrownBy(() -> PolicySchema.of(StandardCatalogue.catalogue(), null))
        .withMessage("labels");
  }
}
