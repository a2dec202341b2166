package dev.guidepost.cli;

import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.diff.Bump;
import dev.guidepost.policy.diff.ClauseChange;
import dev.guidepost.policy.diff.DecisionChange;
import dev.guidepost.policy.diff.DetailChange;
import dev.guidepost.policy.diff.PolicyDiff;
import dev.guidepost.policy.diff.VersionCheck;
import dev.guidepost.policy.internal.json.JsonOutput;
import dev.guidepost.policy.internal.json.ReportFields;
import dev.guidepost.policy.message.MessageBundle;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.standard.StandardCatalogue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the difference between two versions for programs, in a stable shape: {@code {"bump",
 * "version": {"older"?, "newer"?, "calledFor"?, "verdict"}, "decisions": [{"area", "change",
 * "bump", "before"?: {"option", "binds"?}, "after"?: {...}}], "clauses": [{"area", "change",
 * "bump"}], "details": [{"detail", "before"?, "after"?, "bump"}], "text", "findings": [...]}}.
 * Bumps, verdicts, changes ({@code added}, {@code removed}, {@code changed}) and details ({@code
 * organisation-name}, {@code other-countries}, ...) are lower-case kebab-case ids; a field marked
 * {@code ?} is left out when it has no value. {@code text} is the employees' document as plain
 * text, and {@code findings} are written as {@code guidepost check --format json} writes them.
 * Two-space indentation and {@code \n} line ends; equal input gives byte-identical text.
 */
final class DiffJson {
  private DiffJson() {}

  static String write(
      PolicyDiff diff, VersionCheck check, String text, List<Finding> findings, Language language) {
    return JsonOutput.REPORT.write(
        out -> {
          out.writeStartObject();
          out.writeStringProperty("bump", id(check.bump()));
          out.writeObjectPropertyStart("version");
          optional(out, "older", check.older());
          optional(out, "newer", check.newer());
          optional(out, "calledFor", check.calledFor());
          out.writeStringProperty("verdict", id(check.verdict()));
          out.writeEndObject();
          out.writeArrayPropertyStart("decisions");
          for (DecisionChange change : diff.decisions()) {
            out.writeStartObject();
            out.writeStringProperty("area", change.area());
            out.writeStringProperty("change", id(change.kind()));
            out.writeStringProperty("bump", id(Bump.of(change, StandardCatalogue.strictness())));
            decision(out, "before", change.before());
            decision(out, "after", change.after());
            out.writeEndObject();
          }
          out.writeEndArray();
          out.writeArrayPropertyStart("clauses");
          for (ClauseChange change : diff.clauses()) {
            out.writeStartObject();
            out.writeStringProperty("area", change.area());
            out.writeStringProperty("change", id(change.kind()));
            out.writeStringProperty("bump", id(Bump.of(change)));
            out.writeEndObject();
          }
          out.writeEndArray();
          out.writeArrayPropertyStart("details");
          for (DetailChange change : diff.details()) {
            out.writeStartObject();
            out.writeStringProperty("detail", id(change.detail()));
            optional(out, "before", change.before());
            optional(out, "after", change.after());
            out.writeStringProperty("bump", id(Bump.of(change)));
            out.writeEndObject();
          }
          out.writeEndArray();
          out.writeStringProperty("text", text);
          ReportFields.findings(out, findings, MessageBundle.standard(), language);
          out.writeEndObject();
        });
  }

  private static void decision(JsonGenerator out, String name, Optional<Decision> decision) {
    if (decision.isEmpty()) {
      return;
    }
    out.writeObjectPropertyStart(name);
    out.writeStringProperty("option", decision.get().option().id());
    decision.get().binds().ifPresent(audience -> out.writeStringProperty("binds", audience.id()));
    out.writeEndObject();
  }

  private static void optional(JsonGenerator out, String name, Optional<String> value) {
    value.ifPresent(text -> out.writeStringProperty(name, text));
  }

  private static String id(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
