package dev.guidepost.policy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.check.Checker;
import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.message.MessageBundle;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.source.Jurisdiction;
import dev.guidepost.policy.source.Source;
import dev.guidepost.policy.source.Sources;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.policy.standard.WorkingHours;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public JSON form of a report. */
class ReportJsonTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final MessageBundle TEXTS =
      MessageBundle.builder()
          .put(Language.ENGLISH, "acme.no-ban", "No ban at Acme.")
          .put(Language.DANISH, "acme.no-ban", "Intet forbud hos Acme.")
          .put(Language.ENGLISH, "acme.breaks", "Allow breaks.")
          .put(Language.DANISH, "acme.breaks", "Tillad pauser.")
          .build();

  private static final Rule NO_BAN =
      Rule.builder("acme-no-ban")
          .severity(Severity.ERROR)
          .summary("No ban at Acme")
          .source("Acme house rule 5")
          .check(
              (policy, context, sink) -> {
                if (policy
                    .decision(WorkingHours.ID)
                    .filter(d -> d.is(WorkingHours.PROHIBITED))
                    .isPresent()) {
                  sink.report(Message.of("acme.no-ban"))
                      .area(WorkingHours.ID)
                      .advice(Message.of("acme.breaks"));
                }
              })
          .build();

  private static final Checker ACME_ONLY = Checker.builder().add(NO_BAN).messages(TEXTS).build();

  private static Policy banned() {
    return Preset.BALANCED.policyFor(Organisation.of("Acme A/S", Country.DK)).toBuilder()
        .decide(WorkingHours.prohibited())
        .build();
  }

  @Test
  void a_report_without_findings_is_valid_with_an_empty_list() {
    Report report = ACME_ONLY.check(Preset.BALANCED.policyFor(Organisation.of("Acme", Country.DK)));

    assertThat(ReportJson.write(report, Language.ENGLISH))
        .isEqualTo("{\n  \"valid\": true,\n  \"findings\": []\n}\n");
  }

  @Test
  void a_finding_is_written_whole_in_the_language_asked_for() {
    Report report = ACME_ONLY.check(banned());

    assertThat(ReportJson.write(report, Language.DANISH))
        .isEqualTo(
            """
            {
              "valid": false,
              "findings": [
                {
                  "rule": "acme-no-ban",
                  "severity": "error",
                  "areas": [
                    "working-hours"
                  ],
                  "message": "Intet forbud hos Acme.",
                  "advice": "Tillad pauser.",
                  "facts": [],
                  "suggestions": [],
                  "sources": {
                    "text": "%s",
                    "underReview": false,
                    "items": [
                      {
                        "kind": "text",
                        "citation": "Acme house rule 5",
                        "status": "in-force"
                      }
                    ]
                  }
                }
              ]
            }
            """
                .formatted(NO_BAN.sources().message().format(Language.DANISH)));
  }

  @Test
  void standard_findings_carry_facts_verified_fixes_and_sources() throws IOException {
    Policy policy;
    try (InputStream in =
        getClass()
            .getResourceAsStream(
                "/dev/guidepost/policy/rules/corpus/credentials-never-requested/bad-error-dk.json")) {
      policy = PolicyJson.standard().read(in);
    }
    Report report = StandardRules.checker().check(policy);

    JsonNode root = JSON.readTree(ReportJson.write(report, Language.ENGLISH));

    assertThat(root.get("valid").booleanValue()).isFalse();
    assertThat(root.get("findings").size()).isEqualTo(report.findings().size());
    List<JsonNode> found = new ArrayList<>();
    List<String> rules = new ArrayList<>();
    for (JsonNode finding : root.get("findings")) {
      rules.add(finding.get("rule").stringValue());
      if (finding.get("rule").stringValue().equals("credentials-never-requested")) {
        found.add(finding);
      }
    }
    assertThat(rules)
        .containsExactlyElementsOf(report.findings().stream().map(f -> f.rule()).toList());
    assertThat(found).hasSize(1);
    JsonNode credentials = found.get(0);
    assertThat(credentials.get("severity").stringValue()).isEqualTo("error");
    assertThat(credentials.get("facts").get(0).stringValue()).contains(" = ");
    assertThat(credentials.get("suggestions").size()).isPositive();
    assertThat(credentials.get("sources").get("items").size()).isPositive();
    assertThat(credentials.get("sources").get("items").get(0).has("kind")).isTrue();
  }

  @Test
  void equal_reports_give_identical_text() {
    assertThat(ReportJson.write(ACME_ONLY.check(banned()), Language.SWEDISH))
        .isEqualTo(ReportJson.write(ACME_ONLY.check(banned()), Language.SWEDISH));
  }

  @Test
  void a_rules_sources_are_written_with_every_field_each_source_has_and_no_other() {
    Source law =
        Source.law(Jurisdiction.of(Country.DE), "BetrVG", "§ 87 Abs. 1 Nr. 6")
            .dated(LocalDate.of(2021, 6, 14))
            .link("https://www.gesetze-im-internet.de/betrvg/__87.html")
            .underReview()
            .readIn("a commentary");
    Source practice = Source.practice("Acme staff handbook").at("5");
    Rule sourced =
        Rule.builder("acme-sourced")
            .severity(Severity.WARNING)
            .summary("Sourced")
            .sources(
                Sources.of(law, practice, Source.commonPractice())
                    .reviewed(LocalDate.of(2026, 12, 4)))
            .check((policy, context, sink) -> sink.report(Message.of("acme.breaks")))
            .build();
    Report report = Checker.builder().add(sourced).messages(TEXTS).build().check(banned());

    JsonNode sources =
        JSON.readTree(ReportJson.write(report, Language.ENGLISH))
            .get("findings")
            .get(0)
            .get("sources");

    assertThat(sources.get("text").stringValue())
        .isEqualTo(sourced.sources().message().format(Language.ENGLISH));
    assertThat(sources.get("reviewed").stringValue()).isEqualTo("2026-12-04");
    assertThat(sources.get("underReview").booleanValue()).isTrue();
    assertThat(sources.get("items")).hasSize(3);
    assertThat(sources.get("items").get(0))
        .hasToString(
            "{\"kind\":\"law\",\"jurisdiction\":\"DE\",\"citation\":\"%s\",\"pinpoint\":\"§ 87 Abs. 1 Nr. 6\","
                    .formatted(law.citation())
                + "\"date\":\"2021-06-14\","
                + "\"link\":\"https://www.gesetze-im-internet.de/betrvg/__87.html\","
                + "\"status\":\"under-review\",\"readIn\":\"a commentary\"}");
    assertThat(sources.get("items").get(1))
        .hasToString(
            "{\"kind\":\"practice\",\"citation\":\"Acme staff handbook\",\"pinpoint\":\"5\","
                + "\"status\":\"in-force\"}");
    assertThat(sources.get("items").get(2))
        .hasToString("{\"kind\":\"common-practice\",\"status\":\"in-force\"}");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void null_arguments_are_named() {
    Report report = ACME_ONLY.check(banned());

    assertThatThrownBy(() -> ReportJson.write(null, Language.ENGLISH))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("report");
    assertThatThrownBy(() -> ReportJson.write(report, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("language");
  }
}
