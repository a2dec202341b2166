package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Revision;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.standard.Monitoring;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.render.compose.Composer;
import dev.guidepost.render.html.HtmlRenderer;
import dev.guidepost.render.markdown.MarkdownRenderer;
import dev.guidepost.render.text.TextRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
  private static final Organisation ACME =
      Organisation.builder()
          .name("Acme A/S")
          .country(Country.DK)
          .employeeRepresentation(EmployeeRepresentation.UNION)
          .build();
  private static final Revision FIRST = revision("1.4.2", LocalDate.of(2026, 1, 1), null);

  @TempDir Path folder;

  private static Revision revision(
      String version, LocalDate effective, @Nullable LocalDate announced) {
    Revision.Builder revision =
        Revision.builder()
            .version(version)
            .effectiveFrom(effective)
            .putSummary(Language.ENGLISH, "Version " + version + ".");
    if (announced != null) {
      revision.announced(announced);
    }
    return revision.build();
  }

  private static Policy older() {
    return Preset.BALANCED.policyFor(ACME).toBuilder()
        .addHistory(FIRST)
        .decide(Monitoring.none())
        .build();
  }

  private static Policy newer() {
    return Preset.BALANCED.policyFor(ACME).toBuilder()
        .addHistory(FIRST, revision("1.5.0", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 1)))
        .decide(Monitoring.activeMonitoring())
        .build();
  }

  private String[] files() throws IOException {
    return new String[] {
      Policies.write(folder, "old.json", older()).toString(),
      Policies.write(folder, "new.json", newer()).toString()
    };
  }

  @Test
  void writes_the_changes_for_employees_as_the_composer_does_in_each_text_format()
      throws IOException {
    String[] files = files();
    var findings = StandardRules.changeChecker().check(older(), newer());
    Run txt = Run.of("diff", files[0], files[1]);
    assertThat(txt.exitCode()).isZero();
    assertThat(txt.err()).isEmpty();
    assertThat(txt.out())
        .isEqualTo(
            TextRenderer.create()
                .render(
                    Composer.standard()
                        .composeChanges(older(), newer(), findings, Language.ENGLISH)))
        .contains(
            "This change calls for version 2.0.0; the guidelines state version 1.5.0.",
            "monitoring-change-notice");
    assertThat(Run.of("diff", files[0], files[1], "--format", "md", "--lang", "da").out())
        .isEqualTo(
            MarkdownRenderer.create()
                .render(
                    Composer.standard()
                        .composeChanges(older(), newer(), findings, Language.DANISH)))
        .contains(
            "Ændringen kræver version 2.0.0, men den nye version af politikken har version 1.5.0.");
    assertThat(Run.of("diff", files[0], files[1], "--format", "html", "--lang", "nb").out())
        .isEqualTo(
            HtmlRenderer.page()
                .render(
                    Composer.standard()
                        .composeChanges(older(), newer(), findings, Language.NORWEGIAN)));
  }

  @Test
  void writes_json_with_the_bump_the_verdict_the_changes_and_the_findings() throws IOException {
    String[] files = files();
    Run json = Run.of("diff", files[0], files[1], "--format", "json");
    assertThat(json.exitCode()).isZero();
    assertThat(json.out())
        .startsWith(
            """
            {
              "bump": "major",
              "version": {
                "older": "1.4.2",
                "newer": "1.5.0",
                "calledFor": "2.0.0",
                "verdict": "too-small"
              },
              "decisions": [
                {
                  "area": "monitoring",
                  "change": "changed",
                  "bump": "major",
                  "before": {
                    "option": "none"
                  },
                  "after": {
                    "option": "active-monitoring"
                  }
                }
              ],
              "clauses": [],
              "details": [],
              "text": "Changes to the social media policy – Acme A/S\\n""")
        .contains("\"rule\": \"monitoring-change-notice\"", "\"severity\": \"warning\"");
    assertThat(Run.of("diff", files[0], files[1], "--format", "json").out()).isEqualTo(json.out());
  }

  @Test
  void writes_into_a_file_with_o_and_names_a_file_it_cannot_read() throws IOException {
    String[] files = files();
    Path out = folder.resolve("changes.txt");
    Run run = Run.of("diff", files[0], files[1], "-o", out.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(out)).isEqualTo(Run.of("diff", files[0], files[1]).out());

    Path missing = folder.resolve("missing.json");
    Run bad = Run.of("diff", files[0], missing.toString());
    assertThat(bad.exitCode()).isEqualTo(ExitCode.UNUSABLE_INPUT);
    assertThat(bad.err()).contains(missing.toString()).doesNotContain("Exception");
    assertThat(bad.out()).isEmpty();

    Run format = Run.of("diff", files[0], files[1], "--format", "pdf");
    assertThat(format.exitCode()).isEqualTo(ExitCode.UNUSABLE_INPUT);
    assertThat(format.err()).contains("txt, md, html, json");
  }
}
