package dev.guidepost.policy.json;

import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.internal.json.JsonOutput;
import dev.guidepost.policy.internal.json.ReportFields;
import dev.guidepost.policy.model.Language;
import java.util.Objects;

/**
 * Writes a {@link Report} as JSON, for programs that act on the findings of a check:
 *
 * <pre>{@code
 * {
 *   "valid": false,
 *   "findings": [
 *     {
 *       "rule": "credentials-never-requested",
 *       "severity": "error",
 *       "areas": ["accounts"],
 *       "message": "…",
 *       "advice": "…",
 *       "facts": ["accounts = shared-credentials"],
 *       "suggestions": ["…"],
 *       "sources": {"text": "…", "underReview": false, "items": [{"kind": "law", …}]}
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <p>{@code valid} is whether the report has no errors. Each finding, in the report's order, has
 * its rule id, its severity as an id ({@code error}, {@code warning}, {@code info}), the areas it
 * involves, its message, its advice (absent when the rule gives none), the facts that fired it in
 * their stable, language-neutral form ({@code area = option}), its verified fixes (each the
 * decisions that clear it, joined by {@code "; "}) and its sources: {@code text}, {@code reviewed}
 * (an ISO date, or absent), {@code underReview}, and {@code items}, each with {@code kind}, {@code
 * jurisdiction}, {@code citation}, {@code pinpoint}, {@code date}, {@code link}, {@code status} and
 * {@code readIn}, a field without a value being absent. Messages, advice, fixes and the sources'
 * text are in the language asked for, with the texts of the checker that made the report.
 *
 * <p>Deterministic: equal reports give byte-identical text, with two-space indentation, {@code \n}
 * line ends, each list entry on a line of its own and a final line feed. Stateless and thread-safe.
 *
 * <pre>{@code
 * Report report = StandardRules.checker().check(policy);
 * String json = ReportJson.write(report, Language.DANISH);
 * }</pre>
 */
public final class ReportJson {
  private ReportJson() {}

  /**
   * Writes a report as JSON.
   *
   * @param report the report
   * @param language the language of messages, advice, fixes and sources
   * @return the JSON text, ending in a line feed
   */
  public static String write(Report report, Language language) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(language, "language");
    return JsonOutput.REPORT.write(
        out -> {
          out.writeStartObject();
          ReportFields.report(out, report, language);
          out.writeEndObject();
        });
  }
}
