package dev.guidepost.cli;

import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.check.Suggestion;
import dev.guidepost.policy.model.Language;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
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
    }
    return WRITER.writeValueAsString(root) + "\n";
  }
}
