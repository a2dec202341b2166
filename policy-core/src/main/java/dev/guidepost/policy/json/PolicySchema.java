package dev.guidepost.policy.json;

import static dev.guidepost.policy.json.SchemaParts.closed;
import static dev.guidepost.policy.json.SchemaParts.described;
import static dev.guidepost.policy.json.SchemaParts.list;
import static dev.guidepost.policy.json.SchemaParts.ref;
import static dev.guidepost.policy.json.SchemaParts.typed;

import dev.guidepost.policy.catalogue.Catalogue;
import dev.guidepost.policy.message.Labels;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.message.MessageBundle;
import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Audience;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Identified;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.standard.StandardCatalogue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A JSON Schema (draft 2020-12) of the JSON form that {@link PolicyJson} reads, generated from a
 * catalogue: its areas, each area's options and each option's parameters with their types and
 * allowed values, titled with the catalogue's English labels.
 *
 * <p>The schema judges the form, as the reader does: an unknown field, area, option, parameter or
 * list value, a wrong type, a missing organisation, name, country, decisions or option, a text that
 * is blank or too long, or a list that repeats a value or is too long. A value out of its
 * parameter's range or a missing required parameter is readable, so the schema lets it through, and
 * its description says so: the checker reports it as an error finding. A few things only the reader
 * judges: whether a country code or a date exists, whether the authoritative language is one of the
 * published ones, and which format version an area or option needs.
 *
 * <p>The top-level field {@code "$schema"}, a text such as the path or address of the schema, lets
 * an editor find the schema; the reader accepts it and ignores it. The standard catalogue's schema
 * ships in this module as the resource {@code dev/guidepost/policy/json/policy.schema.json} and in
 * the repository as {@code docs/policy.schema.json}. Output is deterministic: equal catalogues and
 * labels give byte-identical text, in catalogue order, in the layout of {@link PolicyJson#write}.
 *
 * <pre>{@code
 * String schema = PolicySchema.standard();
 * String ours = PolicySchema.of(StandardCatalogue.catalogue().withArea("oversight", aiTools));
 * }</pre>
 */
public final class PolicySchema {
  private static final String STANDARD =
      of(StandardCatalogue.catalogue(), MessageBundle.standard());

  private final MessageBundle labels;

  private PolicySchema(MessageBundle labels) {
    this.labels = labels;
  }

  /**
   * Returns the schema of policies over the standard catalogue.
   *
   * @return the schema as JSON text, ending in a line feed
   */
  public static String standard() {
    return STANDARD;
  }

  /**
   * Returns the schema of policies over a catalogue, titled with the standard labels; an area,
   * option or parameter they do not name is titled with its id.
   *
   * @param catalogue the catalogue whose ids a policy may use
   * @return the schema as JSON text, ending in a line feed
   */
  public static String of(Catalogue catalogue) {
    return of(catalogue, MessageBundle.standard());
  }

  /**
   * Returns the schema of policies over a catalogue, titled with the English labels of a bundle,
   * such as the standard bundle overlaid with the labels of one's own areas.
   *
   * @param catalogue the catalogue whose ids a policy may use
   * @param labels the bundle whose English labels title areas, options, parameters and values
   * @return the schema as JSON text, ending in a line feed
   */
  public static String of(Catalogue catalogue, MessageBundle labels) {
    Objects.requireNonNull(catalogue, "catalogue");
    return JsonText.of(new PolicySchema(Objects.requireNonNull(labels, "labels")).root(catalogue));
  }

  private Map<String, Object> root(Catalogue catalogue) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("title", "Guidepost policy");
    root.put(
        "description",
        "A social media policy in Guidepost's JSON form, format versions 1 to "
            + FormatVersion.LATEST
            + ". Generated from the catalogue; do not edit.");
    root.put("type", "object");
    root.put("required", List.of("guidepost", "organisation", "decisions"));
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(
        "$schema", described(ref("text"), "The path or address of this schema, for editors."));
    Map<String, Object> version = described(typed("integer"), "The format version.");
    version.put("minimum", 1);
    version.put("maximum", FormatVersion.LATEST);
    fields.put("guidepost", version);
    fields.put("organisation", organisation());
    fields.put("version", semanticVersion("The policy's semantic version."));
    fields.put("effectiveFrom", described(ref("date"), "The day the policy takes effect."));
    fields.put("owner", described(ref("text"), "Who owns the policy: a contact."));
    fields.put(
        "languages",
        described(
            SchemaParts.atLeastOne(list(ref("language"), true)),
            "The languages the policy is published in; by default those of the home country."));
    fields.put(
        "authoritativeLanguage",
        described(ref("language"), "The published language whose text prevails."));
    fields.put("decisions", decisions(catalogue));
    fields.put("customClauses", customClauses(catalogue));
    fields.put("history", history());
    root.put("properties", fields);
    root.put("additionalProperties", false);
    root.put("$defs", SchemaParts.definitions());
    return root;
  }

  private Map<String, Object> organisation() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", described(ref("text"), "The organisation's name."));
    fields.put("country", described(ref("country"), "The home country."));
    fields.put(
        "otherCountries",
        described(list(ref("country"), true), "Other countries with employees (version 2)."));
    fields.put("sector", oneOf(Sector.values(), "sector."));
    fields.put("employeeRepresentation", oneOf(EmployeeRepresentation.values(), "representation."));
    Map<String, Object> employees = described(typed("integer"), "The number of employees.");
    employees.put("minimum", 1);
    employees.put("maximum", Integer.MAX_VALUE);
    fields.put("employees", employees);
    return closed(
        described(typed("object"), "The organisation the policy is for."),
        List.of("name", "country"),
        fields);
  }

  private Map<String, Object> decisions(Catalogue catalogue) {
    Map<String, Object> areas = new LinkedHashMap<>();
    for (Area area : catalogue.areas()) {
      areas.put(area.id(), area(area));
    }
    return closed(
        described(typed("object"), "One decision per area, by area id."), List.of(), areas);
  }

  private Map<String, Object> area(Area area) {
    Map<String, Object> schema = titled(typed("object"), Labels.area(area.id()));
    schema.put("required", List.of("option"));
    Map<String, Object> option = described(new LinkedHashMap<>(), named(area.options()));
    option.put("enum", area.options().stream().map(Option::id).toList());
    schema.put("properties", Map.of("option", option));
    List<Object> branches = new ArrayList<>();
    for (Option each : area.options()) {
      Map<String, Object> when = new LinkedHashMap<>();
      when.put("properties", Map.of("option", Map.of("const", each.id())));
      when.put("required", List.of("option"));
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("option", true);
      each.parameters().forEach(parameter -> fields.put(parameter.name(), parameter(parameter)));
      fields.put(PolicyReader.BINDS, binds());
      Map<String, Object> then =
          closed(
              titled(new LinkedHashMap<>(), Labels.option(area.id(), each.id())),
              List.of(),
              fields);
      Map<String, Object> branch = new LinkedHashMap<>();
      branch.put("if", when);
      branch.put("then", then);
      branches.add(branch);
    }
    schema.put("allOf", branches);
    return schema;
  }

  /** The optional audience of a decision; without it the decision binds everyone. */
  private Map<String, Object> binds() {
    Map<String, Object> schema = oneOf(Audience.values(), "audience.");
    titled(schema, Message.label("parameter.binds", PolicyReader.BINDS));
    schema.put(
        "description",
        "Optional: the one audience the decision binds; without it, it binds everyone. "
            + schema.get("description")
            + ". Needs format version 4.");
    return schema;
  }

  private String named(List<Option> options) {
    return options.stream()
        .map(o -> o.id() + ": " + english(Labels.option(o.area(), o.id())))
        .collect(Collectors.joining("; "));
  }

  private Map<String, Object> parameter(Parameter parameter) {
    Map<String, Object> schema =
        switch (parameter.kind()) {
          case INTEGER -> typed("integer");
          case BOOLEAN -> typed("boolean");
          case TEXT -> ref("text");
          case DATE -> ref("date");
          case CHOICE -> choice(parameter);
          case CHOICES -> list(choice(parameter), true);
          case TEXTS -> list(ref("text"), false);
        };
    titled(schema, Labels.parameter(parameter.name()));
    return described(schema, wording(parameter));
  }

  /** Says what a value is, whether it is required, and what the checker makes of it. */
  private String wording(Parameter parameter) {
    StringBuilder text = new StringBuilder(SchemaParts.kind(parameter.kind()));
    parameter.minimum().ifPresent(min -> text.append(", at least ").append(min));
    parameter.maximum().ifPresent(max -> text.append(", at most ").append(max));
    if (!parameter.allowedValues().isEmpty()) {
      text.append(": ")
          .append(
              parameter.allowedValues().stream()
                  .map(v -> v + " (" + english(Labels.value(parameter.vocabulary(), v)) + ")")
                  .collect(Collectors.joining(", ")));
    }
    text.append(parameter.required() ? ". Required" : ". Optional");
    boolean ranged = parameter.minimum().isPresent() || parameter.maximum().isPresent();
    if (parameter.required() || ranged) {
      text.append("; a policy ")
          .append(parameter.required() ? "without it" : "")
          .append(parameter.required() && ranged ? " or " : "")
          .append(ranged ? "with a value out of range" : "")
          .append(" is read, and the checker reports an error");
    }
    return text.append('.').toString();
  }

  private static Map<String, Object> choice(Parameter parameter) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("enum", parameter.allowedValues());
    return schema;
  }

  private <E extends Identified> Map<String, Object> oneOf(E[] values, String prefix) {
    List<String> ids = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (E value : values) {
      ids.add(value.id());
      names.add(value.id() + ": " + english(Message.label(prefix + value.id(), value.id())));
    }
    Map<String, Object> schema = described(new LinkedHashMap<>(), String.join("; ", names));
    schema.put("enum", ids);
    return schema;
  }

  private String english(Message label) {
    return labels.format(label, Language.ENGLISH);
  }

  private Map<String, Object> titled(Map<String, Object> schema, Message label) {
    schema.put("title", english(label));
    return schema;
  }

  private Map<String, Object> customClauses(Catalogue catalogue) {
    Map<String, Object> area = described(new LinkedHashMap<>(), "The area the clause belongs to.");
    area.put("enum", catalogue.areas().stream().map(Area::id).toList());
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("area", area);
    fields.put("text", texts("The clause's text by language code, such as \"en\"."));
    return described(
        list(closed(typed("object"), List.of("area", "text"), fields), false),
        "Clauses of the organisation's own, added to an area's text.");
  }

  private static Map<String, Object> semanticVersion(String description) {
    Map<String, Object> semantic = described(typed("string"), description);
    semantic.put(
        "pattern",
        "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)"
            + "(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$");
    return semantic;
  }

  /** An object of texts by language code, at least one. */
  private static Map<String, Object> texts(String description) {
    Map<String, Object> texts = described(typed("object"), description);
    texts.put("minProperties", 1);
    texts.put("propertyNames", ref("language"));
    texts.put("additionalProperties", ref("text"));
    return texts;
  }

  /** The change history; its order and its match with the policy's version are the reader's. */
  private static Map<String, Object> history() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("version", semanticVersion("The version this revision made."));
    fields.put("effectiveFrom", described(ref("date"), "The day this version takes effect."));
    fields.put(
        "announced",
        described(ref("date"), "The day employees were told; not after the effective date."));
    fields.put("summary", texts("What changed, by language code, such as \"en\"."));
    return described(
        list(
            closed(typed("object"), List.of("version", "effectiveFrom", "summary"), fields), false),
        "The change history, oldest first: each version after the one before it, no effective"
            + " date before the one before it; the last is the policy's own version and effective"
            + " date. Needs format version 4.");
  }
}
