package dev.guidepost.cli;

import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.internal.json.JsonOutput;
import dev.guidepost.policy.internal.json.ReportFields;
import dev.guidepost.policy.json.ReportJson;
import dev.guidepost.policy.model.Language;
import java.util.List;

/**
 * Writes reports for programs: one report in the library's form ({@link ReportJson}), or the
 * reports of several files as {@code {"files": [...], "summary": {...}}}. Two-space indentation and
 * {@code \n} line ends; equal reports give byte-identical text.
 */
final class FindingsJson {
  private FindingsJson() {}

  static String write(Report report, Language language) {
    return ReportJson.write(report, language);
  }

  /**
   * Writes the reports of several files as {@code {"files": [{"file", "valid", "findings"} or
   * {"file", "error"}], "summary": {"files", "errors", "warnings", "infos", "unreadable"}}}, each
   * file's findings in the form of {@link ReportJson}.
   */
  static String write(List<CheckedFile> files, Language language) {
    return JsonOutput.REPORT.write(
        out -> {
          out.writeStartObject();
          out.writeArrayPropertyStart("files");
          for (CheckedFile file : files) {
            out.writeStartObject();
            out.writeStringProperty("file", file.name());
            Report report = file.report();
            if (report == null) {
              out.writeStringProperty("error", file.problem());
            } else {
              ReportFields.report(out, report, language);
            }
            out.writeEndObject();
          }
          out.writeEndArray();
          CheckedFile.Summary totals = CheckedFile.Summary.of(files);
          out.writeObjectPropertyStart("summary");
          out.writeNumberProperty("files", totals.files());
          out.writeNumberProperty("errors", totals.errors());
          out.writeNumberProperty("warnings", totals.warnings());
          out.writeNumberProperty("infos", totals.infos());
          out.writeNumberProperty("unreadable", totals.unreadable());
          out.writeEndObject();
          out.writeEndObject();
        });
  }
}
