package dev.guidepost.policy.json;

import static dev.guidepost.policy.json.Nodes.error;
import static dev.guidepost.policy.json.Problem.expected;
import static dev.guidepost.policy.json.Problem.found;
import static dev.guidepost.policy.json.Problem.ids;
import static dev.guidepost.policy.json.Problem.quoted;

import dev.guidepost.policy.catalogue.Catalogue;
import dev.guidepost.policy.internal.SemanticVersions;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Audience;
import dev.guidepost.policy.model.Clause;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Identified;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Revision;
import dev.guidepost.policy.model.Sector;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/** Turns a JSON tree into a {@link Policy}, checking every field against the catalogue. */
final class PolicyReader {
  static final List<String> ROOT_FIELDS =
      List.of(
          "$schema",
          "guidepost",
          "organisation",
          "version",
          "effectiveFrom",
          "owner",
          "languages",
          "authoritativeLanguage",
          "decisions",
          "customClauses",
          "history");

  /** The fields of one revision of the history. */
  static final List<String> REVISION_FIELDS =
      List.of("version", "effectiveFrom", "announced", "summary");

  /** The field of a decision that names the one audience it binds; absent, it binds everyone. */
  static final String BINDS = "binds";

  static final List<String> ORGANISATION_FIELDS =
      List.of("name", "country", "otherCountries", "sector", "employeeRepresentation", "employees");

  private final Catalogue catalogue;
  private final ParameterReader parameters = new ParameterReader();

  PolicyReader(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  Policy read(Node root) {
    JsonPath path = JsonPath.ROOT;
    if (root.isMissingNode()) {
      throw error(path, expected("guidepost-object"), found("empty"));
    }
    Nodes.object(root, path, ROOT_FIELDS);
    optional(root, "$schema") // for editors; not part of the policy
        .ifPresent(node -> Nodes.text(node, path.field("$schema"), expected("schema")));
    int version = readVersion(Nodes.required(root, path, "guidepost"), path.field("guidepost"));
    Policy.Builder policy = Policy.builder();
    Organisation organisation =
        readOrganisation(Nodes.required(root, path, "organisation"), path.field("organisation"));
    if (version < FormatVersion.OTHER_COUNTRIES && !organisation.otherCountries().isEmpty()) {
      throw newerThan(
          version,
          path.field("organisation").field("otherCountries"),
          found("the-field"),
          FormatVersion.OTHER_COUNTRIES);
    }
    policy.organisation(organisation);
    Optional<String> policyVersion =
        optional(root, "version").map(node -> readSemanticVersion(node, path.field("version")));
    policyVersion.ifPresent(policy::version);
    Optional<LocalDate> effectiveFrom =
        optional(root, "effectiveFrom").map(node -> readDate(node, path.field("effectiveFrom")));
    effectiveFrom.ifPresent(policy::effectiveFrom);
    optional(root, "owner")
        .ifPresent(
            node -> policy.owner(Nodes.text(node, path.field("owner"), expected("contact"))));
    List<Language> languages =
        optional(root, "languages")
            .map(node -> readLanguages(node, path.field("languages")))
            .orElse(Language.standardFor(organisation.country()));
    policy.languages(languages);
    optional(root, "authoritativeLanguage")
        .ifPresent(
            node ->
                policy.authoritativeLanguage(
                    readAuthoritative(node, path.field("authoritativeLanguage"), languages)));
    for (Decision decision :
        readDecisions(Nodes.required(root, path, "decisions"), path.field("decisions"))) {
      Optional<Message> newer = FormatVersion.newerThan(version, decision);
      if (newer.isPresent()) {
        throw newerThan(
            version,
            path.field("decisions").field(decision.area()),
            newer.orElseThrow(),
            FormatVersion.needed(decision));
      }
      policy.decide(decision);
    }
    optional(root, "customClauses")
        .ifPresent(node -> policy.customClauses(readClauses(node, path.field("customClauses"))));
    Optional<Node> history = optional(root, "history");
    if (history.isPresent()) {
      JsonPath historyPath = path.field("history");
      if (version < FormatVersion.HISTORY) {
        throw newerThan(version, historyPath, found("the-field"), FormatVersion.HISTORY);
      }
      List<Revision> revisions = readHistory(history.orElseThrow(), historyPath);
      requireEndsWith(path, policyVersion, effectiveFrom, revisions);
      policy.history(revisions);
    }
    return policy.build();
  }

  private static Optional<Node> optional(Node object, String name) {
    Node node = object.path(name);
    return node.isMissingNode() ? Optional.empty() : Optional.of(node);
  }

  private static int readVersion(Node node, JsonPath path) {
    long version =
        Nodes.integer(node, path, expected("format-version", "latest", FormatVersion.LATEST));
    if (version < 1 || version > FormatVersion.LATEST) {
      throw error(
          path,
          expected("readable-version", "latest", FormatVersion.LATEST),
          found("unsupported-version", "version", version));
    }
    return (int) version;
  }

  private static PolicyFormatException newerThan(
      int version, JsonPath path, Message what, int added) {
    return error(
        path,
        expected("within-version", "version", version, "added", added),
        found("added-later", "what", what, "added", added));
  }

  private static Organisation readOrganisation(Node node, JsonPath path) {
    Nodes.object(node, path, ORGANISATION_FIELDS);
    Organisation.Builder organisation = Organisation.builder();
    organisation.name(
        Nodes.text(Nodes.required(node, path, "name"), path.field("name"), expected("name")));
    JsonPath countryPath = path.field("country");
    String country = Nodes.text(Nodes.required(node, path, "country"), countryPath, Limits.COUNTRY);
    if (!Country.isAssigned(country)) {
      throw error(countryPath, Limits.COUNTRY, quoted(country));
    }
    organisation.country(Country.of(country));
    optional(node, "otherCountries")
        .ifPresent(
            others ->
                organisation.otherCountries(
                    readOtherCountries(others, path.field("otherCountries"), Country.of(country))));
    optional(node, "sector")
        .ifPresent(s -> organisation.sector(oneOf(s, path.field("sector"), Sector.values())));
    optional(node, "employeeRepresentation")
        .ifPresent(
            r ->
                organisation.employeeRepresentation(
                    oneOf(
                        r, path.field("employeeRepresentation"), EmployeeRepresentation.values())));
    optional(node, "employees")
        .ifPresent(
            e -> {
              JsonPath employeesPath = path.field("employees");
              Message expected = expected("whole-number-from-1", "max", Integer.MAX_VALUE);
              long employees = Nodes.integer(e, employeesPath, expected);
              if (employees < 1 || employees > Integer.MAX_VALUE) {
                throw error(employeesPath, expected, e);
              }
              organisation.employees((int) employees);
            });
    return organisation.build();
  }

  private static List<Country> readOtherCountries(Node node, JsonPath path, Country home) {
    List<String> codes = Nodes.texts(node, path, Limits.COUNTRY, Limits.MAX_LIST_SIZE, true);
    List<Country> countries = new ArrayList<>(codes.size());
    for (int i = 0; i < codes.size(); i++) {
      if (!Country.isAssigned(codes.get(i))) {
        throw error(path.index(i), Limits.COUNTRY, quoted(codes.get(i)));
      }
      Country country = Country.of(codes.get(i));
      if (country.equals(home)) {
        throw error(
            path.index(i), expected("other-country", "home", home.code()), quoted(codes.get(i)));
      }
      countries.add(country);
    }
    return countries;
  }

  static <E extends Identified> E oneOf(Node node, JsonPath path, E[] values) {
    Message expected =
        expected("one-of", "values", ids(Arrays.stream(values).map(Identified::id).toList()));
    return Identified.find(values, Nodes.text(node, path, expected))
        .orElseThrow(() -> error(path, expected, node));
  }

  private static String readSemanticVersion(Node node, JsonPath path) {
    Message expected = expected("semantic-version");
    String version = Nodes.text(node, path, expected);
    if (!Policy.isSemanticVersion(version)) {
      throw error(path, expected, node);
    }
    return version;
  }

  static LocalDate readDate(Node node, JsonPath path) {
    Message expected = expected("date");
    String text = Nodes.text(node, path, expected);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw error(path, expected, node);
    }
  }

  private static Language readLanguage(Node node, JsonPath path) {
    String code = Nodes.text(node, path, Limits.LANGUAGE);
    try {
      return Language.of(code);
    } catch (IllegalArgumentException e) {
      throw error(path, Limits.LANGUAGE, node);
    }
  }

  private static List<Language> readLanguages(Node node, JsonPath path) {
    List<String> codes = Nodes.texts(node, path, Limits.LANGUAGE, Limits.MAX_LIST_SIZE, true);
    if (codes.isEmpty()) {
      throw error(path, expected("a-language"), found("empty-array"));
    }
    List<Language> languages = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      languages.add(readLanguage(node.get(i), path.index(i)));
    }
    return languages;
  }

  private static Language readAuthoritative(Node node, JsonPath path, List<Language> languages) {
    Language language = readLanguage(node, path);
    if (!languages.contains(language)) {
      throw error(
          path,
          expected(
              "published-language",
              "languages",
              ids(languages.stream().map(Language::code).toList())),
          node);
    }
    return language;
  }

  private List<Decision> readDecisions(Node node, JsonPath path) {
    if (!node.isObject()) {
      throw error(path, expected("decisions"), node);
    }
    List<Decision> decisions = new ArrayList<>();
    for (Map.Entry<String, Node> entry : Nodes.fields(node)) {
      JsonPath areaPath = path.field(entry.getKey());
      Area area =
          catalogue
              .area(entry.getKey())
              .orElseThrow(
                  () -> error(areaPath, expected("catalogue-area"), quoted(entry.getKey())));
      decisions.add(readDecision(area, entry.getValue(), areaPath));
    }
    return decisions;
  }

  private Decision readDecision(Area area, Node node, JsonPath path) {
    if (!node.isObject()) {
      throw error(path, expected("decision"), node);
    }
    Node optionNode = Nodes.required(node, path, "option");
    Option option =
        optionNode.isString() ? area.option(optionNode.stringValue()).orElse(null) : null;
    if (option == null) {
      JsonPath optionPath = path.field("option");
      Message expected =
          expected(
              "option-of",
              "area",
              area.id(),
              "options",
              ids(area.options().stream().map(Option::id).toList()));
      String id = Nodes.text(optionNode, optionPath, expected);
      throw error(optionPath, expected, quoted(id));
    }
    Decision.Builder decision = Decision.builder().option(option);
    for (Map.Entry<String, Node> field : Nodes.fields(node)) {
      if (field.getKey().equals(BINDS)) {
        decision.binds(oneOf(field.getValue(), path.field(BINDS), Audience.values()));
      } else if (!field.getKey().equals("option")) {
        JsonPath parameterPath = path.field(field.getKey());
        decision.putValue(
            field.getKey(),
            parameters.read(option, field.getKey(), field.getValue(), parameterPath));
      }
    }
    return decision.build();
  }

  private List<Clause> readClauses(Node node, JsonPath path) {
    requireArray(node, path, expected("clauses"), "at-most-clauses");
    List<Clause> clauses = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonPath clausePath = path.index(i);
      Node clause = Nodes.object(node.get(i), clausePath, List.of("area", "text"));
      JsonPath areaPath = clausePath.field("area");
      String area =
          Nodes.text(Nodes.required(clause, clausePath, "area"), areaPath, expected("area"));
      if (catalogue.area(area).isEmpty()) {
        throw error(areaPath, expected("catalogue-area"), quoted(area));
      }
      Clause.Builder built = Clause.builder().area(area);
      readTexts(clause, clausePath, "text", expected("clause-text"), built::putText);
      clauses.add(built.build());
    }
    return clauses;
  }

  /** Requires an array of at most {@link Limits#MAX_LIST_SIZE} entries. */
  private static void requireArray(Node node, JsonPath path, Message array, String atMost) {
    if (!node.isArray()) {
      throw error(path, array, node);
    }
    if (node.size() > Limits.MAX_LIST_SIZE) {
      throw error(
          path,
          expected(atMost, "limit", Limits.MAX_LIST_SIZE),
          found("array", "size", node.size()));
    }
  }

  /** Reads the required object of texts by language code under {@code field}. */
  private static void readTexts(
      Node parent,
      JsonPath parentPath,
      String field,
      Message expectedText,
      BiConsumer<Language, String> put) {
    JsonPath textPath = parentPath.field(field);
    Node text = Nodes.required(parent, parentPath, field);
    if (!text.isObject() || text.isEmpty()) {
      throw error(textPath, expected("clause-texts"), text);
    }
    for (Map.Entry<String, Node> entry : Nodes.fields(text)) {
      JsonPath languagePath = textPath.field(entry.getKey());
      Language language;
      try {
        language = Language.of(entry.getKey());
      } catch (IllegalArgumentException e) {
        throw error(languagePath, expected("language-key"), quoted(entry.getKey()));
      }
      put.accept(language, Nodes.text(entry.getValue(), languagePath, expectedText));
    }
  }

  /**
   * Reads the change history: each version after the one before it, no effective date before the
   * one before it, and no announcement after its effective date.
   */
  private static List<Revision> readHistory(Node node, JsonPath path) {
    requireArray(node, path, expected("history"), "at-most-entries");
    List<Revision> revisions = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonPath at = path.index(i);
      Node entry = Nodes.object(node.get(i), at, REVISION_FIELDS);
      Revision.Builder revision = Revision.builder();
      Node versionNode = Nodes.required(entry, at, "version");
      String version = readSemanticVersion(versionNode, at.field("version"));
      Node effectiveNode = Nodes.required(entry, at, "effectiveFrom");
      LocalDate effective = readDate(effectiveNode, at.field("effectiveFrom"));
      if (!revisions.isEmpty()) {
        Revision before = revisions.get(revisions.size() - 1);
        if (SemanticVersions.compare(before.version(), version) >= 0) {
          throw error(
              at.field("version"),
              expected("later-version", "previous", before.version()),
              versionNode);
        }
        if (effective.isBefore(before.effectiveFrom())) {
          throw error(
              at.field("effectiveFrom"),
              expected("date-from", "previous", before.effectiveFrom()),
              effectiveNode);
        }
      }
      revision.version(version).effectiveFrom(effective);
      Optional<Node> announcedNode = optional(entry, "announced");
      if (announcedNode.isPresent()) {
        LocalDate announced = readDate(announcedNode.orElseThrow(), at.field("announced"));
        if (announced.isAfter(effective)) {
          throw error(
              at.field("announced"),
              expected("announced-by", "effective", effective),
              announcedNode.orElseThrow());
        }
        revision.announced(announced);
      }
      readTexts(entry, at, "summary", expected("text"), revision::putSummary);
      revisions.add(revision.build());
    }
    return revisions;
  }

  /** The policy's own version and effective date, when given, are the last revision's. */
  private static void requireEndsWith(
      JsonPath path,
      Optional<String> version,
      Optional<LocalDate> effectiveFrom,
      List<Revision> revisions) {
    if (revisions.isEmpty()) {
      return;
    }
    Revision last = revisions.get(revisions.size() - 1);
    if (version.isPresent() && !version.orElseThrow().equals(last.version())) {
      throw error(
          path.field("version"),
          expected("history-version", "version", last.version()),
          quoted(version.orElseThrow()));
    }
    if (effectiveFrom.isPresent() && !effectiveFrom.orElseThrow().equals(last.effectiveFrom())) {
      throw error(
          path.field("effectiveFrom"),
          expected("history-date", "date", last.effectiveFrom()),
          quoted(effectiveFrom.orElseThrow().toString()));
    }
  }
}
