package dev.guidepost.policy.json;

import static dev.guidepost.policy.json.JsonInputs.rejected;
import static dev.guidepost.policy.json.JsonInputs.withClauses;
import static dev.guidepost.policy.json.JsonInputs.withDecision;
import static dev.guidepost.policy.json.JsonInputs.withDecisions;
import static dev.guidepost.policy.json.JsonInputs.withFields;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per kind of bad input in the decisions and the custom clauses. */
class PolicyJsonBadDecisionTest {
  @Test
  void an_unknown_area_id() {
    var e =
        rejected(
            withDecision("dress-code", "{\"option\": \"casual\"}"), "$.decisions['dress-code']");
    assertThat(e.expected()).isEqualTo("an area id of the catalogue");
    assertThat(e.found()).isEqualTo("\"dress-code\"");
  }

  @Test
  void an_unknown_option_id() {
    var e = rejected(withDecision("tone", "{\"option\": \"rude\"}"), "$.decisions.tone.option");
    assertThat(e.expected()).isEqualTo("an option of 'tone': respectful, not-addressed");
    assertThat(e.found()).isEqualTo("\"rude\"");
  }

  @Test
  void a_decision_without_an_option() {
    var e = rejected(withDecision("review", "{\"months\": 12}"), "$.decisions.review.option");
    assertThat(e.expected()).isEqualTo("the required field 'option'");
  }

  @Test
  void a_decision_that_is_not_an_object() {
    var e = rejected(withDecision("tone", "\"respectful\""), "$.decisions.tone");
    assertThat(e.expected()).contains("object").contains("option");
  }

  @Test
  void decisions_that_are_not_an_object() {
    var e =
        rejected(
            JsonInputs.MINIMAL.replace("\"decisions\": {}", "\"decisions\": []"), "$.decisions");
    assertThat(e.expected()).contains("decisions by area id");
  }

  @Test
  void a_duplicate_area() {
    var e =
        rejected(
            withDecisions(
                "\"tone\": {\"option\": \"not-addressed\"}, \"tone\": {\"option\": \"respectful\"}"),
            "$.decisions.tone");
    assertThat(e.found()).startsWith("the field 'tone' again (line ");
  }

  @Test
  void an_unknown_list_value() {
    var e =
        rejected(
            withDecision(
                "scope",
                "{\"option\": \"listed-networks\", \"networks\": [\"linkedin\", \"myspace\"]}"),
            "$.decisions.scope.networks[1]");
    assertThat(e.expected())
        .startsWith("one of facebook, linkedin, x,")
        .contains("internal-network");
    assertThat(e.found()).isEqualTo("\"myspace\"");
  }

  @Test
  void a_repeated_list_value() {
    var e =
        rejected(
            withDecision(
                "confidentiality",
                "{\"option\": \"listed-topics\", \"topics\": [\"customers\", \"financials\", \"customers\"]}"),
            "$.decisions.confidentiality.topics[2]");
    assertThat(e.expected()).isEqualTo("each entry at most once");
    assertThat(e.found()).isEqualTo("\"customers\" again");
  }

  @Test
  void an_unknown_single_choice() {
    var e =
        rejected(
            withDecision(
                "transparency", "{\"option\": \"disclose-only\", \"method\": \"carrier-pigeon\"}"),
            "$.decisions.transparency.method");
    assertThat(e.expected()).isEqualTo("one of in-post, hashtag, profile, employees-choice");
  }

  @Test
  void a_string_for_minutes_per_day() {
    var e =
        rejected(
            withDecision(
                "working-hours", "{\"option\": \"time-limited\", \"minutesPerDay\": \"30\"}"),
            "$.decisions['working-hours'].minutesPerDay");
    assertThat(e.expected()).isEqualTo("a whole number");
    assertThat(e.found()).isEqualTo("\"30\"");
  }

  @Test
  void a_fraction_for_minutes_per_day() {
    var e =
        rejected(
            withDecision(
                "working-hours", "{\"option\": \"time-limited\", \"minutesPerDay\": 30.5}"),
            "$.decisions['working-hours'].minutesPerDay");
    assertThat(e.expected()).isEqualTo("a whole number");
    assertThat(e.found()).isEqualTo("30.5");
  }

  @Test
  void a_whole_number_written_as_a_decimal_for_minutes_per_day() {
    var e =
        rejected(
            withDecision(
                "working-hours", "{\"option\": \"time-limited\", \"minutesPerDay\": 30.0}"),
            "$.decisions['working-hours'].minutesPerDay");
    assertThat(e.expected()).isEqualTo("a whole number");
    assertThat(e.found()).isEqualTo("30.0");
  }

  @Test
  void a_single_text_for_a_list_of_texts() {
    var e =
        rejected(
            withDecision(
                "legal-compliance",
                "{\"option\": \"sector-rules-apply\", \"regulations\": \"GDPR\"}"),
            "$.decisions['legal-compliance'].regulations");
    assertThat(e.expected()).isEqualTo("an array of texts");
    assertThat(e.found()).isEqualTo("\"GDPR\"");
  }

  @Test
  void a_string_for_a_boolean() {
    var e =
        rejected(
            withDecision(
                "tone", "{\"option\": \"respectful\", \"alignedWithEmailPolicy\": \"yes\"}"),
            "$.decisions.tone.alignedWithEmailPolicy");
    assertThat(e.expected()).isEqualTo("true or false");
  }

  @Test
  void an_invalid_date_parameter() {
    var e =
        rejected(
            withDecision(
                "consultation",
                "{\"option\": \"representatives-approved\", \"date\": \"2027-13-01\"}"),
            "$.decisions.consultation.date");
    assertThat(e.expected()).contains("ISO-8601 date");
  }

  @Test
  void a_parameter_the_option_does_not_declare() {
    var e =
        rejected(
            withDecision("working-hours", "{\"option\": \"prohibited\", \"minutesPerDay\": 30}"),
            "$.decisions['working-hours'].minutesPerDay");
    assertThat(e.expected()).isEqualTo("no parameter: 'working-hours = prohibited' declares none");
    assertThat(e.found()).isEqualTo("\"minutesPerDay\"");
  }

  @Test
  void a_misspelt_parameter() {
    var e =
        rejected(
            withDecision("working-hours", "{\"option\": \"time-limited\", \"minutes\": 30}"),
            "$.decisions['working-hours'].minutes");
    assertThat(e.expected())
        .isEqualTo("a parameter of 'working-hours = time-limited': minutesPerDay");
  }

  @Test
  void a_custom_clause_with_an_unknown_area() {
    var e =
        rejected(
            withClauses("{\"area\": \"dress-code\", \"text\": {\"en\": \"Wear a tie.\"}}"),
            "$.customClauses[0].area");
    assertThat(e.expected()).isEqualTo("an area id of the catalogue");
    assertThat(e.found()).isEqualTo("\"dress-code\"");
  }

  @Test
  void a_custom_clause_with_empty_text() {
    var e =
        rejected(
            withClauses(
                "{\"area\": \"tone\", \"text\": {\"en\": \"Be kind.\"}}, {\"area\": \"tone\", \"text\": {\"en\": \"\"}}"),
            "$.customClauses[1].text.en");
    assertThat(e.expected()).isEqualTo("the clause's text");
    assertThat(e.found()).isEqualTo("\"\"");
  }

  @Test
  void a_custom_clause_with_no_text_at_all() {
    var e = rejected(withClauses("{\"area\": \"tone\", \"text\": {}}"), "$.customClauses[0].text");
    assertThat(e.expected()).contains("texts by language");
  }

  @Test
  void a_custom_clause_whose_text_is_not_an_object_of_languages() {
    var e =
        rejected(
            withClauses("{\"area\": \"tone\", \"text\": \"Be kind.\"}"), "$.customClauses[0].text");
    assertThat(e.expected()).contains("texts by language");
    assertThat(e.found()).isEqualTo("\"Be kind.\"");
    var array =
        rejected(
            withClauses("{\"area\": \"tone\", \"text\": [\"Be kind.\"]}"),
            "$.customClauses[0].text");
    assertThat(array.found()).isEqualTo("an array of 1 entry");
  }

  @Test
  void custom_clauses_that_are_not_an_array() {
    var e =
        rejected(
            withFields("\"customClauses\": {\"area\": \"tone\", \"text\": {\"en\": \"Be kind.\"}}"),
            "$.customClauses");
    assertThat(e.expected()).isEqualTo("an array of clauses");
    assertThat(e.found()).isEqualTo("an object");
  }

  @Test
  void a_custom_clause_in_an_unknown_language() {
    var e =
        rejected(
            withClauses("{\"area\": \"tone\", \"text\": {\"English\": \"Be kind.\"}}"),
            "$.customClauses[0].text.English");
    assertThat(e.expected()).contains("language code");
  }

  @Test
  void an_unknown_custom_clause_field() {
    var e =
        rejected(
            withClauses("{\"area\": \"tone\", \"text\": {\"en\": \"Be kind.\"}, \"priority\": 1}"),
            "$.customClauses[0].priority");
    assertThat(e.expected()).isEqualTo("only the fields area, text");
    assertThat(e.found()).isEqualTo("the field 'priority'");
  }
}
