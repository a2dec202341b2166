package dev.guidepost.policy.json;

import static dev.guidepost.policy.json.JsonInputs.MINIMAL;
import static dev.guidepost.policy.json.JsonInputs.rejected;
import static dev.guidepost.policy.json.JsonInputs.withDecision;
import static dev.guidepost.policy.json.JsonInputs.withOrganisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The documented limits of the reader: each is a format error, found fast and without OOM. */
class PolicyJsonLimitsTest {
  private static final String LIMITS = "input within Guidepost's limits";

  @Test
  @Timeout(10)
  void a_50_megabyte_string_fails_fast() {
    String huge = "x".repeat(50 * 1024 * 1024);
    String json = withOrganisation("\"name\": \"" + huge + "\", \"country\": \"DK\"");

    var e = rejected(json, "$.organisation.name");
    assertThat(e.expected()).isEqualTo(LIMITS);
    assertThat(e.found()).contains("String value length").contains("10000");
  }

  @Test
  @Timeout(10)
  void a_50_megabyte_stream_fails_fast() {
    byte[] huge =
        ("{\"guidepost\": 1, \"owner\": \"" + "x".repeat(50 * 1024 * 1024) + "\"}")
            .getBytes(StandardCharsets.US_ASCII);

    var e =
        catchThrowableOfType(
            PolicyFormatException.class,
            () -> PolicyJson.standard().read(new ByteArrayInputStream(huge)));
    assertThat(e).isNotNull();
    assertThat(e.path()).isEqualTo("$.owner");
    assertThat(e.expected()).isEqualTo(LIMITS);
  }

  @Test
  void a_document_over_one_mebibyte() {
    String padded = MINIMAL + " ".repeat(1 << 20);

    var e = rejected(padded, "$");
    assertThat(e.expected()).isEqualTo(LIMITS);
    assertThat(e.found()).contains("Document length");
  }

  @Test
  @Timeout(10)
  void a_hundred_thousand_nested_arrays() {
    String nested = "[".repeat(100_000) + "]".repeat(100_000);

    var e = rejected(nested, "$" + "[0]".repeat(16));
    assertThat(e.expected()).isEqualTo(LIMITS);
    assertThat(e.found()).contains("nesting depth");
  }

  @Test
  void deep_nesting_inside_a_decision_names_where_it_is() {
    var e =
        rejected(withDecision("tone", "[".repeat(100_000)), "$.decisions.tone" + "[0]".repeat(14));
    assertThat(e.expected()).isEqualTo(LIMITS);
  }

  @Test
  void a_list_over_a_thousand_entries() {
    String networks = String.join(", ", Collections.nCopies(1_001, "\"linkedin\""));

    var e =
        rejected(
            withDecision(
                "scope", "{\"option\": \"listed-networks\", \"networks\": [" + networks + "]}"),
            "$.decisions.scope.networks");
    assertThat(e.expected()).isEqualTo("at most 1000 entries");
    assertThat(e.found()).isEqualTo("an array of 1001");
  }

  @Test
  void a_thousand_free_texts_are_read_as_written_but_not_one_more() {
    String regulation = "\"GDPR\"";
    String thousand = String.join(", ", Collections.nCopies(1_000, regulation));
    String decision = "{\"option\": \"sector-rules-apply\", \"regulations\": [%s]}";

    Policy policy =
        PolicyJson.standard().read(withDecision("legal-compliance", decision.formatted(thousand)));
    assertThat(policy.decision("legal-compliance").orElseThrow().value("regulations"))
        .hasValue(ParameterValue.ofTexts(Collections.nCopies(1_000, "GDPR")));
    var e =
        rejected(
            withDecision("legal-compliance", decision.formatted(thousand + ", " + regulation)),
            "$.decisions['legal-compliance'].regulations");
    assertThat(e.expected()).isEqualTo("at most 1000 entries");
    assertThat(e.found()).isEqualTo("an array of 1001");
  }

  @Test
  void a_thousand_clauses_are_read_but_not_one_more() {
    String clause = "{\"area\": \"tone\", \"text\": {\"en\": \"Be kind.\"}}";
    String thousand = String.join(", ", Collections.nCopies(1_000, clause));

    assertThat(PolicyJson.standard().read(JsonInputs.withClauses(thousand)).customClauses())
        .hasSize(1_000);
    var e = rejected(JsonInputs.withClauses(thousand + ", " + clause), "$.customClauses");
    assertThat(e.expected()).isEqualTo("at most 1000 clauses");
  }

  @Test
  void a_text_over_ten_thousand_characters() {
    String text = "a".repeat(10_001);

    var e =
        rejected(
            JsonInputs.withClauses("{\"area\": \"tone\", \"text\": {\"da\": \"" + text + "\"}}"),
            "$.customClauses[0].text.da");
    assertThat(e.expected()).isEqualTo(LIMITS);
    assertThat(e.found()).contains("10001");
  }

  @Test
  void a_text_of_exactly_ten_thousand_characters_is_read() {
    String text = "æ".repeat(10_000);

    assertThat(
            PolicyJson.standard()
                .read(withOrganisation("\"name\": \"" + text + "\", \"country\": \"DK\""))
                .organisation()
                .name())
        .isEqualTo(text);
  }

  @Test
  void a_number_over_twenty_digits() {
    var e =
        rejected(
            withDecision("review", "{\"option\": \"every\", \"months\": " + "9".repeat(21) + "}"),
            "$.decisions.review.months");
    assertThat(e.expected()).isEqualTo(LIMITS);
  }

  @Test
  void a_whole_number_beyond_a_long() {
    var e =
        rejected(
            withDecision("review", "{\"option\": \"every\", \"months\": 99999999999999999999}"),
            "$.decisions.review.months");
    assertThat(e.expected()).isEqualTo("a whole number");
  }
}
