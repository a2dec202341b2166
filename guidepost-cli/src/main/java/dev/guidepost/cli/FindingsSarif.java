package dev.guidepost.cli;

import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.check.Suggestion;
import dev.guidepost.policy.model.Language;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the reports of a {@code guidepost check} run as a SARIF 2.1.0 log, which code-scanning
 * views show beside the policy files: one run, whose driver is {@code guidepost} with every rule of
 * the checker (id, summary, source as help); each finding a result with its rule, level ({@code
 * error}, {@code warning}, {@code note}), message and advice in the chosen language, its areas,
 * facts and verified fixes as properties, and its location: the policy file as a URI relative to
 * the working folder and the line of the first decision it names. A file that could not be read is
 * an error notification of the run's invocation, which is then not successful. Deterministic.
 */
final class FindingsSarif {
  /** The SARIF 2.1.0 schema, as the OASIS standard names it. */
  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  private final CliTexts texts;
  private final Language language;
  private final List<Rule> rules;
  private final String version;
  private final Path base;

  /**
   * Prepares a writer.
   *
   * @param texts the texts of the run's language
   * @param rules the rules of the checker, listed in the driver in this order
   * @param version the tool's version
   * @param base the folder the files' URIs are relative to
   */
  FindingsSarif(CliTexts texts, List<Rule> rules, String version, Path base) {
    this.texts = texts;
    this.language = texts.language();
    this.rules = List.copyOf(rules);
    this.version = version;
    this.base = base.toAbsolutePath().normalize();
  }

  /** Returns the log of a run over some files. */
  String write(List<CheckedFile> files) {
    ObjectNode log = FindingsJson.object();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "guidepost");
    driver.put("version", version);
    ArrayNode ruleList = driver.putArray("rules");
    Map<String, Integer> indexes = new HashMap<>();
    for (Rule rule : rules) {
      indexes.put(rule.id(), ruleList.size());
      ObjectNode node = ruleList.addObject();
      node.put("id", rule.id());
      node.putObject("shortDescription").put("text", rule.summary().format(language));
      node.putObject("help")
          .put(
              "text",
              texts.get("finding.source", "source", rule.sources().message().format(language)));
      node.putObject("defaultConfiguration").put("level", level(rule.severity()));
      node.putObject("properties").set("sources", SourcesJson.of(rule.sources(), language));
    }
    ObjectNode invocation = run.putArray("invocations").addObject();
    ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
    run.put("language", language.code());
    ArrayNode results = run.putArray("results");
    for (CheckedFile file : files) {
      Report report = file.report();
      if (report == null) {
        ObjectNode notification = notifications.addObject();
        notification.put("level", "error");
        notification.putObject("message").put("text", file.problem());
        addLocation(notification, file, OptionalInt.empty());
        continue;
      }
      for (Finding finding : report.findings()) {
        results.add(result(finding, file, indexes.get(finding.rule())));
      }
    }
    invocation.put("executionSuccessful", notifications.isEmpty());
    return FindingsJson.text(log);
  }

  private ObjectNode result(Finding finding, CheckedFile file, @Nullable Integer ruleIndex) {
    ObjectNode result = FindingsJson.object();
    result.put("ruleId", finding.rule());
    if (ruleIndex != null) {
      result.put("ruleIndex", ruleIndex.intValue());
    }
    result.put("level", level(finding.severity()));
    StringBuilder message = new StringBuilder(finding.message().format(language));
    finding
        .advice()
        .ifPresent(
            advice ->
                message
                    .append('\n')
                    .append(texts.get("finding.advice", "advice", advice.format(language))));
    result.putObject("message").put("text", message.toString());
    addLocation(result, file, file.lines().lineOf(finding.areas()));
    ObjectNode properties = result.putObject("properties");
    ArrayNode areas = properties.putArray("areas");
    finding.areas().forEach(areas::add);
    ArrayNode facts = properties.putArray("facts");
    for (Fact fact : finding.facts()) {
      facts.add(fact.toString());
    }
    ArrayNode suggestions = properties.putArray("suggestions");
    for (Suggestion fix : finding.fixes()) {
      suggestions.add(FindingsText.describe(fix, language));
    }
    properties.set("sources", SourcesJson.of(finding.sources(), language));
    return result;
  }

  private void addLocation(ObjectNode node, CheckedFile file, OptionalInt line) {
    Path path = file.path();
    if (path == null) {
      return; // standard input has no place a code-scanning view could show
    }
    ObjectNode physical = node.putArray("locations").addObject().putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", uri(path, base));
    line.ifPresent(number -> physical.putObject("region").put("startLine", number));
  }

  /**
   * Returns a file's URI: relative to a base folder, with {@code /} between its parts and every
   * character a URI cannot hold escaped, when the file is under that folder; else its absolute
   * {@code file:} URI.
   *
   * @param file the file
   * @param base the folder, absolute and normal
   * @return the URI as text
   */
  static String uri(Path file, Path base) {
    Path absolute = file.toAbsolutePath().normalize();
    if (!absolute.startsWith(base) || absolute.equals(base)) {
      return absolute.toUri().toASCIIString();
    }
    List<String> parts = new ArrayList<>();
    base.relativize(absolute).forEach(part -> parts.add(part.toString()));
    String relative = String.join("/", parts);
    if (parts.get(0).contains(":")) {
      relative = "./" + relative; // else the part before the colon would read as a scheme
    }
    try {
      return new URI(null, null, relative, null).toASCIIString();
    } catch (URISyntaxException e) {
      return absolute.toUri().toASCIIString();
    }
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
