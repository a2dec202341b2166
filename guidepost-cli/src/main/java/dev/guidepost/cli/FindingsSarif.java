package dev.guidepost.cli;

import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.internal.json.JsonOutput;
import dev.guidepost.policy.internal.json.ReportFields;
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
import tools.jackson.core.JsonGenerator;

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
    return JsonOutput.REPORT.write(out -> write(files, out));
  }

  private void write(List<CheckedFile> files, JsonGenerator out) {
    out.writeStartObject();
    out.writeStringProperty("$schema", SCHEMA);
    out.writeStringProperty("version", "2.1.0");
    out.writeArrayPropertyStart("runs");
    out.writeStartObject();
    out.writeObjectPropertyStart("tool");
    out.writeObjectPropertyStart("driver");
    out.writeStringProperty("name", "guidepost");
    out.writeStringProperty("version", version);
    out.writeArrayPropertyStart("rules");
    Map<String, Integer> indexes = new HashMap<>();
    for (Rule rule : rules) {
      indexes.put(rule.id(), indexes.size());
      out.writeStartObject();
      out.writeStringProperty("id", rule.id());
      text(out, "shortDescription", rule.summary().format(language));
      text(
          out,
          "help",
          texts.get("finding.source", "source", rule.sources().message().format(language)));
      out.writeObjectPropertyStart("defaultConfiguration");
      out.writeStringProperty("level", level(rule.severity()));
      out.writeEndObject();
      out.writeObjectPropertyStart("properties");
      out.writeName("sources");
      ReportFields.sources(out, rule.sources(), language);
      out.writeEndObject();
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
    out.writeEndObject();
    List<CheckedFile> unreadable = files.stream().filter(file -> file.report() == null).toList();
    out.writeArrayPropertyStart("invocations");
    out.writeStartObject();
    out.writeArrayPropertyStart("toolExecutionNotifications");
    for (CheckedFile file : unreadable) {
      out.writeStartObject();
      out.writeStringProperty("level", "error");
      text(out, "message", file.problem());
      location(out, file, OptionalInt.empty());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeBooleanProperty("executionSuccessful", unreadable.isEmpty());
    out.writeEndObject();
    out.writeEndArray();
    out.writeStringProperty("language", language.code());
    out.writeArrayPropertyStart("results");
    for (CheckedFile file : files) {
      Report report = file.report();
      if (report != null) {
        for (Finding finding : report.findings()) {
          result(out, report, finding, file, indexes.get(finding.rule()));
        }
      }
    }
    out.writeEndArray();
    out.writeEndObject();
    out.writeEndArray();
    out.writeEndObject();
  }

  private static void text(JsonGenerator out, String name, @Nullable String text) {
    out.writeObjectPropertyStart(name);
    out.writeStringProperty("text", text);
    out.writeEndObject();
  }

  private void result(
      JsonGenerator out,
      Report report,
      Finding finding,
      CheckedFile file,
      @Nullable Integer ruleIndex) {
    out.writeStartObject();
    out.writeStringProperty("ruleId", finding.rule());
    if (ruleIndex != null) {
      out.writeNumberProperty("ruleIndex", ruleIndex.intValue());
    }
    out.writeStringProperty("level", level(finding.severity()));
    StringBuilder message = new StringBuilder(finding.message().format(language));
    finding
        .advice()
        .ifPresent(
            advice ->
                message
                    .append('\n')
                    .append(texts.get("finding.advice", "advice", advice.format(language))));
    text(out, "message", message.toString());
    location(out, file, file.lines().lineOf(finding.areas()));
    out.writeObjectPropertyStart("properties");
    ReportFields.strings(out, "areas", finding.areas());
    ReportFields.strings(out, "facts", ReportFields.facts(finding));
    ReportFields.strings(
        out, "suggestions", ReportFields.suggestions(finding, report.messages(), language));
    out.writeName("sources");
    ReportFields.sources(out, finding.sources(), language);
    out.writeEndObject();
    out.writeEndObject();
  }

  private void location(JsonGenerator out, CheckedFile file, OptionalInt line) {
    Path path = file.path();
    if (path == null) {
      return; // standard input has no place a code-scanning view could show
    }
    out.writeArrayPropertyStart("locations");
    out.writeStartObject();
    out.writeObjectPropertyStart("physicalLocation");
    out.writeObjectPropertyStart("artifactLocation");
    out.writeStringProperty("uri", uri(path, base));
    out.writeEndObject();
    if (line.isPresent()) {
      out.writeObjectPropertyStart("region");
      out.writeNumberProperty("startLine", line.getAsInt());
      out.writeEndObject();
    }
    out.writeEndObject();
    out.writeEndObject();
    out.writeEndArray();
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
