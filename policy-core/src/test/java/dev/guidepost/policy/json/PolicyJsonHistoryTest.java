package dev.guidepost.policy.json;

import static dev.guidepost.policy.json.JsonInputs.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Revision;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The change history in the JSON form: written, read back, and each way it can be wrong. */
class PolicyJsonHistoryTest {
  private static final PolicyJson JSON = PolicyJson.standard();

  private static final String FIRST =
      """
      {"version": "1.0.0", "effectiveFrom": "2027-01-01", "summary": {"en": "First version."}}""";

  /** A format-4 policy with a history of the given revisions. */
  private static String withHistory(String revisions) {
    return """
        {"guidepost": 4, "organisation": {"name": "Acme A/S", "country": "DK"}, "decisions": {},
         "history": [%s]}"""
        .formatted(revisions);
  }

  private static Policy policy() {
    return Policy.builder()
        .organisation(Organisation.of("Acme A/S", Country.DK))
        .version("2.0.0")
        .effectiveFrom(LocalDate.of(2027, 3, 1))
        .addHistory(
            Revision.builder()
                .version("1.0.0")
                .effectiveFrom(LocalDate.of(2027, 1, 1))
                .putSummary(Language.ENGLISH, "First version.")
                .build(),
            Revision.builder()
                .version("2.0.0")
                .effectiveFrom(LocalDate.of(2027, 3, 1))
                .announced(LocalDate.of(2027, 1, 18))
                .putSummary(Language.DANISH, "Vi læser nu \"offentlige\" opslag <om os>.")
                .putSummary(Language.ENGLISH, "We now read public posts that mention us.")
                .build())
        .build();
  }

  @Test
  void a_history_is_written_last_as_version_4_and_read_back_equal() {
    String json = JSON.write(policy());
    assertThat(json)
        .startsWith("{\n  \"guidepost\": 4,")
        .contains(
            """
              "decisions": { },
              "history": [{
                "version": "1.0.0",
                "effectiveFrom": "2027-01-01",
                "summary": {
                  "en": "First version."
                }
              }, {
                "version": "2.0.0",
                "effectiveFrom": "2027-03-01",
                "announced": "2027-01-18",
                "summary": {
                  "da": "Vi læser nu \\"offentlige\\" opslag <om os>.",
                  "en": "We now read public posts that mention us."
                }
              }]
            }
            """);
    assertThat(JSON.read(json)).isEqualTo(policy());
    assertThat(JSON.write(JSON.read(json))).isEqualTo(json);
  }

  @Test
  void a_policy_without_history_writes_none() {
    Policy without = policy().toBuilder().history(java.util.List.of()).build();
    assertThat(JSON.write(without)).doesNotContain("history").startsWith("{\n  \"guidepost\": 1,");
  }

  @Test
  void an_empty_history_reads_as_none() {
    assertThat(JSON.read(withHistory("")).history()).isEmpty();
  }

  @Test
  void a_history_needs_format_version_4() {
    var e =
        rejected(withHistory(FIRST).replace("\"guidepost\": 4", "\"guidepost\": 3"), "$.history");
    assertThat(e.found()).isEqualTo("the field, added in version 4");
  }

  @Test
  void a_history_is_an_array_of_objects_with_known_fields() {
    assertThat(rejected(withHistory("").replace("[]", "{}"), "$.history").expected())
        .isEqualTo("an array of revisions, oldest first");
    assertThat(rejected(withHistory("1"), "$.history[0]").expected()).isEqualTo("an object");
    assertThat(
            rejected(withHistory(FIRST.replace("}}", "}, \"date\": 1}")), "$.history[0].date")
                .found())
        .contains("date");
  }

  @Test
  void a_revision_needs_a_version_an_effective_date_and_a_summary() {
    assertThat(
            rejected(
                    withHistory(FIRST.replace("\"version\": \"1.0.0\", ", "")),
                    "$.history[0].version")
                .expected())
        .isEqualTo("the required field 'version'");
    assertThat(
            rejected(
                    withHistory(FIRST.replace("\"effectiveFrom\": \"2027-01-01\", ", "")),
                    "$.history[0].effectiveFrom")
                .expected())
        .isEqualTo("the required field 'effectiveFrom'");
    assertThat(
            rejected(
                    withHistory(FIRST.replace(", \"summary\": {\"en\": \"First version.\"}", "")),
                    "$.history[0].summary")
                .expected())
        .isEqualTo("the required field 'summary'");
  }

  @Test
  void each_field_of_a_revision_is_checked_where_it_is() {
    rejected(withHistory(FIRST.replace("\"1.0.0\"", "\"1.0\"")), "$.history[0].version");
    rejected(withHistory(FIRST.replace("2027-01-01", "2027-13-01")), "$.history[0].effectiveFrom");
    rejected(
        withHistory(FIRST.replace("\"summary\"", "\"announced\": \"soon\", \"summary\"")),
        "$.history[0].announced");
    assertThat(
            rejected(
                    withHistory(FIRST.replace("{\"en\"", "{\"english\"")),
                    "$.history[0].summary.english")
                .expected())
        .isEqualTo("a language code such as \"da\" as the key");
    assertThat(
            rejected(
                    withHistory(FIRST.replace("\"First version.\"", "\" \"")),
                    "$.history[0].summary.en")
                .expected())
        .isEqualTo("a text");
    assertThat(
            rejected(
                    withHistory(FIRST.replace("{\"en\": \"First version.\"}", "{}")),
                    "$.history[0].summary")
                .expected())
        .contains("texts by language");
  }

  @Test
  void an_announcement_after_the_effective_date_is_refused() {
    var e =
        rejected(
            withHistory(FIRST.replace("\"summary\"", "\"announced\": \"2027-01-02\", \"summary\"")),
            "$.history[0].announced");
    assertThat(e.expected())
        .isEqualTo("a date no later than 2027-01-01, when the version takes effect");
    assertThat(e.found()).isEqualTo("\"2027-01-02\"");
    assertThat(
            JSON.read(
                    withHistory(
                        FIRST.replace("\"summary\"", "\"announced\": \"2027-01-01\", \"summary\"")))
                .history()
                .get(0)
                .announced())
        .contains(LocalDate.of(2027, 1, 1));
  }

  @Test
  void versions_must_ascend() {
    String same = FIRST.replace("First", "Same");
    var e = rejected(withHistory(FIRST + ", " + same), "$.history[1].version");
    assertThat(e.expected()).isEqualTo("a version later than 1.0.0, the one before it");
    assertThat(e.found()).isEqualTo("\"1.0.0\"");
    rejected(withHistory(FIRST + ", " + FIRST.replace("1.0.0", "0.9.0")), "$.history[1].version");
    assertThat(JSON.read(withHistory(FIRST + ", " + FIRST.replace("1.0.0", "1.0.1"))).history())
        .hasSize(2);
  }

  @Test
  void effective_dates_must_not_go_back() {
    var e =
        rejected(
            withHistory(
                FIRST + ", " + FIRST.replace("1.0.0", "1.1.0").replace("2027-01-01", "2026-12-31")),
            "$.history[1].effectiveFrom");
    assertThat(e.expected())
        .isEqualTo("a date no earlier than 2027-01-01, when the version before it took effect");
  }

  @Test
  void the_policy_version_and_date_are_those_the_history_ends_with() {
    String history = withHistory(FIRST);
    var version =
        rejected(
            history.replace("\"decisions\"", "\"version\": \"1.1.0\", \"decisions\""), "$.version");
    assertThat(version.expected()).isEqualTo("1.0.0, the version the history ends with");
    assertThat(version.found()).isEqualTo("\"1.1.0\"");
    var date =
        rejected(
            history.replace("\"decisions\"", "\"effectiveFrom\": \"2027-02-01\", \"decisions\""),
            "$.effectiveFrom");
    assertThat(date.expected()).isEqualTo("2027-01-01, the date the history ends with");
    assertThat(date.found()).isEqualTo("\"2027-02-01\"");
    Policy read =
        JSON.read(
            history.replace(
                "\"decisions\"",
                "\"version\": \"1.0.0\", \"effectiveFrom\": \"2027-01-01\", \"decisions\""));
    assertThat(read.version()).contains("1.0.0");
  }

  @Test
  void a_history_holds_at_most_1000_revisions() {
    StringBuilder revisions = new StringBuilder(FIRST);
    for (int i = 1; i <= 1000; i++) {
      revisions.append(", ").append(FIRST.replace("1.0.0", "1.0." + i));
    }
    var e = rejected(withHistory(revisions.toString()), "$.history");
    assertThat(e.expected()).isEqualTo("at most 1000 entries");
    assertThat(e.found()).isEqualTo("an array of 1001 entries");
    int last = revisions.lastIndexOf(", {");
    assertThat(JSON.read(withHistory(revisions.substring(0, last))).history()).hasSize(1000);
  }
}
