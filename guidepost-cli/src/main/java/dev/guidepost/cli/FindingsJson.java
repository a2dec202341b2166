package dev.guidepost.cli;

import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.check.Suggestion;
import dev.guidepost.policy.model.Language;
import java.util.List;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a report for programs, as {@code {"valid": true|false, "findings": [{"rule", "severity",
 * "areas", "message", "facts", "suggestions"}]}}: the severity as its id ({@code error}, {@code
 * warning}, {@code info}), the facts in their stable, language-neutral form ({@code advocacy =
 * encouraged}), the message and the verified suggestions in the chosen language. Two-space
 * indentation and {@code \n} line ends; equal reports give byte-identical text.
 */
final class FindingsJson {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final ObjectWriter WRITER =
      MAPPER
          .writer()
          .with(
              new DefaultPrettyPrinter(
                      Separators.createDefaultInstance()
                          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                          .withObjectEmptySeparator("")
                          .withArrayEmptySeparator(""))
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private FindingsJson() {}

  static String write(Report report, Language language) {
    ObjectNode root = MAPPER.createObjectNode();
    addReport(root, report, language);
    return text(root);
  }

  /**
   * Writes the reports of several files as {@code {"files": [{"file", "valid", "findings"} or
   * {"file", "error"}], "summary": {"files", "errors", "warnings", "infos", "unreadable"}}}, each
   * file's findings in the form of {@link #write(Report, Language)}.
   */
  static String write(List<CheckedFile> files, Language language) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode list = root.putArray("files");
    for (CheckedFile file : files) {
      ObjectNode node = list.addObject();
      node.put("file", file.name());
      Report report = file.report();
      if (report == null) {
        node.put("error", file.problem());
      } else {
        addReport(node, report, language);
      }
    }
    CheckedFile.Summary totals = CheckedFile.Summary.of(files);
    ObjectNode summary = root.putObject("summary");
    summary.put("files", totals.files());
    summary.put("errors", totals.errors());
    summary.put("warnings", totals.warnings());
    summary.put("infos", totals.infos());
    summary.put("unreadable", totals.unreadable());
    return text(root);
  }

  /** Returns a JSON tree as text: two-space indentation, {@code \n} line ends, a final line end. */
  static String text(JsonNode root) {
    return WRITER.writeValueAsString(root) + "\n";
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  private static void addReport(ObjectNode root, Report report, Language language) {
    root.put("valid", !report.hasErrors());
    ArrayNode findings = root.putArray("findings");
    for (Finding finding : report.findings()) {
      ObjectNode node = findings.addObject();
      node.put("rule", finding.rule());
      node.put("severity", finding.severity().id());
      ArrayNode areas = node.putArray("areas");
      finding.areas().forEach(areas::add);
      node.put("message", finding.message().format(language));
      ArrayNode facts = node.putArray("facts");
      for (Fact fact : finding.facts()) {
        facts.add(fact.toString());
      }
      ArrayNode suggestions = node.putArray("suggestions");
      for (Suggestion fix : finding.fixes()) {
        suggestions.add(FindingsText.describe(fix, language));
      }
      node.set("sources", SourcesJson.of(finding.sources(), language));
    }
  }
}
