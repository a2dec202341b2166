package dev.guidepost.policy.json;

import static dev.guidepost.policy.json.JsonInputs.MINIMAL;
import static dev.guidepost.policy.json.JsonInputs.rejected;
import static dev.guidepost.policy.json.JsonInputs.withFields;
import static dev.guidepost.policy.json.JsonInputs.withOrganisation;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per kind of bad input outside the decisions: syntax, root, metadata, organisation. */
class PolicyJsonBadInputTest {
  @Test
  void malformed_json() {
    var e =
        rejected(
            "{\"guidepost\": 1, \"organisation\": {\"name\": \"Acme\" \"country\": \"DK\"}}",
            "$.organisation.name");
    assertThat(e.expected()).isEqualTo("well-formed JSON");
    assertThat(e.found())
        .startsWith("'\"' where JSON does not allow it (line 1, column")
        .doesNotContain("Unexpected")
        .doesNotContain("code 34");
  }

  @Test
  void truncated_json() {
    String truncated = MINIMAL.substring(0, MINIMAL.indexOf("DK") + 1);
    var e = rejected(truncated, "$.organisation.country");
    assertThat(e.expected()).isEqualTo("well-formed JSON");
    assertThat(e.found())
        .startsWith("the end of the text before the JSON is complete (line 1, column")
        .doesNotContain("START_OBJECT")
        .doesNotContain("Source:");
  }

  @Test
  void empty_input() {
    var e = rejected("", "$");
    assertThat(e.expected()).contains("JSON object").contains("guidepost");
    assertThat(e.found()).isEqualTo("empty input");
  }

  @Test
  void whitespace_only_input() {
    var e = rejected(" \n\t\r\n  ", "$");
    assertThat(e.expected()).contains("JSON object").contains("guidepost");
    assertThat(e.found()).isEqualTo("empty input");
  }

  @Test
  void trailing_garbage_after_the_object() {
    var e = rejected(MINIMAL + " {\"guidepost\": 1}", "$");
    assertThat(e.expected()).isEqualTo("well-formed JSON");
    assertThat(e.found())
        .startsWith("more after the end of the JSON (line")
        .doesNotContain("Token");
  }

  @Test
  void trailing_word_after_the_object() {
    var e = rejected(MINIMAL + "\nend", "$");
    assertThat(e.expected()).isEqualTo("well-formed JSON");
    assertThat(e.found()).startsWith("\"end\" where JSON does not allow it (line 2, column");
  }

  @Test
  void a_non_object_root() {
    var e = rejected("[" + MINIMAL + "]", "$");
    assertThat(e.expected()).isEqualTo("an object");
    assertThat(e.found()).isEqualTo("an array of 1 entry");
    assertThat(rejected("\"guidepost\"", "$").found()).isEqualTo("\"guidepost\"");
    assertThat(rejected("1", "$").found()).isEqualTo("1");
    assertThat(rejected("null", "$").expected()).isEqualTo("an object");
  }

  @Test
  void a_duplicate_field() {
    var e =
        rejected(
            withFields("\"owner\": \"a@acme.example\", \"owner\": \"b@acme.example\""), "$.owner");
    assertThat(e.expected()).isEqualTo("well-formed JSON");
    assertThat(e.found()).startsWith("the field 'owner' again (line 1, column");
  }

  @Test
  void an_unknown_top_level_field() {
    var e = rejected(withFields("\"colour\": \"red\""), "$.colour");
    assertThat(e.expected()).startsWith("only the fields ").contains("guidepost, ", "decisions");
    assertThat(e.found()).isEqualTo("the field 'colour'");
  }

  @Test
  void an_unknown_organisation_field() {
    var e =
        rejected(
            withOrganisation("\"name\": \"Acme\", \"country\": \"DK\", \"vatNumber\": \"DK1\""),
            "$.organisation.vatNumber");
    assertThat(e.expected())
        .isEqualTo(
            "only the fields name, country, otherCountries, sector, employeeRepresentation,"
                + " employees");
    assertThat(e.found()).isEqualTo("the field 'vatNumber'");
  }

  @Test
  void a_string_for_a_number() {
    // the organisation's employees; minutesPerDay is in PolicyJsonBadDecisionTest
    var e =
        rejected(
            withOrganisation("\"name\": \"A\", \"country\": \"DK\", \"employees\": \"120\""),
            "$.organisation.employees");
    assertThat(e.expected()).startsWith("a whole number");
    assertThat(e.found()).isEqualTo("\"120\"");
  }

  @Test
  void employees_from_one_to_the_largest_int() {
    String organisation = "\"name\": \"A\", \"country\": \"DK\", \"employees\": ";
    for (String count : new String[] {"0", "-1", "2147483648"}) {
      var e = rejected(withOrganisation(organisation + count), "$.organisation.employees");
      assertThat(e.expected()).as(count).isEqualTo("a whole number from 1 to 2147483647");
      assertThat(e.found()).as(count).isEqualTo(count);
    }
    PolicyJson json = PolicyJson.standard();
    assertThat(json.read(withOrganisation(organisation + "1")).organisation().employees())
        .hasValue(1);
    assertThat(json.read(withOrganisation(organisation + "2147483647")).organisation().employees())
        .hasValue(Integer.MAX_VALUE);
  }

  @Test
  void a_number_for_the_name() {
    var e = rejected(withOrganisation("\"name\": 42, \"country\": \"DK\""), "$.organisation.name");
    assertThat(e.expected()).isEqualTo("a name as text");
    assertThat(e.found()).isEqualTo("42");
  }

  @Test
  void null_for_the_owner() {
    var e = rejected(withFields("\"owner\": null"), "$.owner");
    assertThat(e.expected()).isEqualTo("a contact as text");
    assertThat(e.found()).isEqualTo("null");
  }

  @Test
  void a_missing_guidepost_version() {
    var e = rejected(MINIMAL.replace("\"guidepost\": 1, ", ""), "$.guidepost");
    assertThat(e.expected()).isEqualTo("the required field 'guidepost'");
    assertThat(e.found()).isEqualTo("nothing");
  }

  @Test
  void an_unsupported_guidepost_version() {
    var e = rejected(MINIMAL.replace("\"guidepost\": 1", "\"guidepost\": 5"), "$.guidepost");
    assertThat(e.expected())
        .isEqualTo("a format version from 1 to 4, the versions Guidepost reads");
    assertThat(e.found()).isEqualTo("unsupported version 5");
    var zero = rejected(MINIMAL.replace("\"guidepost\": 1", "\"guidepost\": 0"), "$.guidepost");
    assertThat(zero.found()).isEqualTo("unsupported version 0");
  }

  @Test
  void other_countries_in_a_version_1_file() {
    var e =
        rejected(
            withOrganisation("\"name\": \"A\", \"country\": \"DK\", \"otherCountries\": [\"SE\"]"),
            "$.organisation.otherCountries");
    assertThat(e.expected()).isEqualTo("only what format version 1 holds, or \"guidepost\": 2");
    assertThat(e.found()).isEqualTo("the field, added in version 2");
  }

  @Test
  void an_invalid_other_country() {
    var e =
        rejected(
            version2(
                withOrganisation(
                    "\"name\": \"A\", \"country\": \"DK\", \"otherCountries\": [\"SE\", \"XX\"]")),
            "$.organisation.otherCountries[1]");
    assertThat(e.found()).isEqualTo("\"XX\"");
  }

  @Test
  void an_other_country_listed_twice() {
    var e =
        rejected(
            version2(
                withOrganisation(
                    "\"name\": \"A\", \"country\": \"DK\", \"otherCountries\": [\"SE\", \"SE\"]")),
            "$.organisation.otherCountries[1]");
    assertThat(e.expected()).isEqualTo("each entry at most once");
  }

  @Test
  void the_home_country_among_the_other_countries() {
    var e =
        rejected(
            version2(
                withOrganisation(
                    "\"name\": \"A\", \"country\": \"DK\", \"otherCountries\": [\"DK\"]")),
            "$.organisation.otherCountries[0]");
    assertThat(e.expected()).isEqualTo("a country other than the home country DK");
  }

  private static String version2(String json) {
    return json.replace("\"guidepost\": 1", "\"guidepost\": 2");
  }

  @Test
  void a_missing_organisation() {
    var e = rejected("{\"guidepost\": 1, \"decisions\": {}}", "$.organisation");
    assertThat(e.expected()).isEqualTo("the required field 'organisation'");
  }

  @Test
  void missing_decisions() {
    var e =
        rejected(
            "{\"guidepost\": 1, \"organisation\": {\"name\": \"A\", \"country\": \"DK\"}}",
            "$.decisions");
    assertThat(e.expected()).isEqualTo("the required field 'decisions'");
  }

  @Test
  void a_missing_country() {
    var e = rejected(withOrganisation("\"name\": \"Acme\""), "$.organisation.country");
    assertThat(e.expected()).isEqualTo("the required field 'country'");
  }

  @Test
  void an_unassigned_country_code() {
    var e =
        rejected(
            withOrganisation("\"name\": \"Acme\", \"country\": \"XX\""), "$.organisation.country");
    assertThat(e.expected()).contains("ISO 3166-1 alpha-2");
    assertThat(e.found()).isEqualTo("\"XX\"");
  }

  @Test
  void a_lower_case_country_code() {
    var e =
        rejected(
            withOrganisation("\"name\": \"Acme\", \"country\": \"dk\""), "$.organisation.country");
    assertThat(e.expected()).contains("ISO 3166-1 alpha-2");
    assertThat(e.found()).isEqualTo("\"dk\"");
  }

  @Test
  void an_unknown_sector() {
    var e =
        rejected(
            withOrganisation("\"name\": \"A\", \"country\": \"DK\", \"sector\": \"mining\""),
            "$.organisation.sector");
    assertThat(e.expected()).startsWith("one of general, financial-services");
  }

  @Test
  void an_invalid_date() {
    var e = rejected(withFields("\"effectiveFrom\": \"2027-02-30\""), "$.effectiveFrom");
    assertThat(e.expected()).contains("ISO-8601 date");
    assertThat(e.found()).isEqualTo("\"2027-02-30\"");
  }

  @Test
  void an_invalid_semantic_version() {
    var e = rejected(withFields("\"version\": \"1.2\""), "$.version");
    assertThat(e.expected()).contains("semantic version");
    assertThat(rejected(withFields("\"version\": \"v1.2.0\""), "$.version").found())
        .isEqualTo("\"v1.2.0\"");
    assertThat(rejected(withFields("\"version\": 1.2"), "$.version").found()).isEqualTo("1.2");
  }

  @Test
  void an_unknown_language() {
    var e = rejected(withFields("\"languages\": [\"da\", \"danish\"]"), "$.languages[1]");
    assertThat(e.expected()).contains("language code");
    assertThat(e.found()).isEqualTo("\"danish\"");
    assertThat(rejected(withFields("\"languages\": [\"EN\"]"), "$.languages[0]").found())
        .isEqualTo("\"EN\"");
  }

  @Test
  void a_repeated_language() {
    var e = rejected(withFields("\"languages\": [\"da\", \"en\", \"da\"]"), "$.languages[2]");
    assertThat(e.expected()).isEqualTo("each entry at most once");
  }

  @Test
  void an_authoritative_language_not_among_the_languages() {
    var e =
        rejected(
            withFields("\"languages\": [\"da\", \"en\"], \"authoritativeLanguage\": \"sv\""),
            "$.authoritativeLanguage");
    assertThat(e.expected()).contains("published languages").contains("da").contains("en");
    assertThat(e.found()).isEqualTo("\"sv\"");
  }

  @Test
  void an_empty_languages_array() {
    var e = rejected(withFields("\"languages\": []"), "$.languages");
    assertThat(e.expected()).isEqualTo("at least one language");
  }
}
