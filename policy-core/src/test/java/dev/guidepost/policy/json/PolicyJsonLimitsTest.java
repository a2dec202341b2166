package dev.guidepost.policy.json;

import static dev.guidepost.policy.json.JsonInputs.MINIMAL;
import static dev.guidepost.policy.json.JsonInputs.rejected;
import static dev.guidepost.policy.json.JsonInputs.withDecision;
import static dev.guidepost.policy.json.JsonInputs.withFields;
import static dev.guidepost.policy.json.JsonInputs.withOrganisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.standard.StandardCatalogue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The documented limits of the reader (README "The JSON form"): each is read at the limit and is a
 * format error naming the path and the limit one past it, found fast and without running out of
 * memory.
 */
class PolicyJsonLimitsTest {
  private static final int MIB = 1 << 20;

  @Test
  void a_document_of_exactly_one_mebibyte_is_read() {
    assertThat(PolicyJson.standard().read(padded(MIB))).isNotNull();
    assertThat(PolicyJson.standard().read(stream(padded(MIB)))).isNotNull();
  }

  @Test
  void a_document_one_byte_over_one_mebibyte() {
    var e = rejected(padded(MIB + 1), "$");
    assertThat(e.expected()).isEqualTo("at most 1 MiB of input (1048576 bytes or characters)");
    assertThat(e.found()).isEqualTo("more");

    var fromStream =
        catchThrowableOfType(
            PolicyFormatException.class, () -> PolicyJson.standard().read(stream(padded(MIB + 1))));
    assertThat(fromStream).isNotNull();
    assertThat(fromStream.path()).isEqualTo("$");
    assertThat(fromStream.expected()).isEqualTo(e.expected());
  }

  @Test
  @Timeout(10)
  void a_50_megabyte_stream_fails_fast() {
    String huge = "{\"guidepost\": 1, \"owner\": \"" + "x".repeat(50 * MIB) + "\"}";

    var e =
        catchThrowableOfType(
            PolicyFormatException.class, () -> PolicyJson.standard().read(stream(huge)));
    assertThat(e).isNotNull();
    assertThat(e.path()).isEqualTo("$.owner");
    assertThat(e.expected()).isEqualTo("a text of at most 10000 characters");
  }

  @Test
  void sixteen_levels_of_nesting_pass_the_limit_and_reach_the_reader() {
    // the reader then says what belongs there; the limit did not stop it
    var e = rejected(nested(16), "$");
    assertThat(e.expected()).isEqualTo("an object");
    assertThat(e.found()).isEqualTo("an array of 1 entry");
  }

  @Test
  void seventeen_levels_of_nesting() {
    var e = rejected(nested(17), "$" + "[0]".repeat(16));
    assertThat(e.expected()).isEqualTo("at most 16 levels of nested objects and arrays");
    assertThat(e.found()).isEqualTo("17 levels");
  }

  @Test
  @Timeout(10)
  void a_hundred_thousand_nested_arrays_fail_fast() {
    var e = rejected(nested(100_000), "$" + "[0]".repeat(16));
    assertThat(e.found()).isEqualTo("17 levels");
  }

  @Test
  void deep_nesting_inside_a_decision_names_where_it_is() {
    var e =
        rejected(withDecision("tone", "[".repeat(100_000)), "$.decisions.tone" + "[0]".repeat(14));
    assertThat(e.expected()).isEqualTo("at most 16 levels of nested objects and arrays");
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
  void a_text_over_ten_thousand_characters() {
    String text = "a".repeat(10_001);

    var e =
        rejected(
            JsonInputs.withClauses("{\"area\": \"tone\", \"text\": {\"da\": \"" + text + "\"}}"),
            "$.customClauses[0].text.da");
    assertThat(e.expected()).isEqualTo("a text of at most 10000 characters");
    assertThat(e.found()).isEqualTo("10001 characters");
  }

  @Test
  @Timeout(10)
  void a_50_megabyte_string_fails_fast() {
    String huge = "x".repeat(50 * MIB);
    String json = withOrganisation("\"name\": \"" + huge + "\", \"country\": \"DK\"");

    var e = rejected(json, "$.organisation.name");
    assertThat(e.expected()).isEqualTo("a text of at most 10000 characters");
  }

  @Test
  void a_list_of_a_thousand_entries_is_read_but_not_one_more() {
    String thousand = String.join(", ", Collections.nCopies(1_000, "\"FINRA Rule 2210\""));
    String regulations = "{\"option\": \"sector-rules-apply\", \"regulations\": [%s]}";

    assertThat(
            PolicyJson.standard()
                .read(withDecision("legal-compliance", regulations.formatted(thousand)))
                .decision("legal-compliance")
                .orElseThrow()
                .value("regulations")
                .orElseThrow()
                .asList())
        .hasSize(1_000);
    var e =
        rejected(
            withDecision(
                "legal-compliance", regulations.formatted(thousand + ", \"FINRA Rule 2210\"")),
            "$.decisions['legal-compliance'].regulations");
    assertThat(e.expected()).isEqualTo("at most 1000 entries");
    assertThat(e.found()).isEqualTo("an array of 1001 entries");
  }

  @Test
  void a_list_of_choices_over_a_thousand_entries_fails_before_its_values_are_read() {
    String networks = String.join(", ", Collections.nCopies(1_001, "\"linkedin\""));

    var e =
        rejected(
            withDecision(
                "scope", "{\"option\": \"listed-networks\", \"networks\": [" + networks + "]}"),
            "$.decisions.scope.networks");
    assertThat(e.expected()).isEqualTo("at most 1000 entries");
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
  void a_field_name_of_a_hundred_characters_is_read() {
    String id = "a".repeat(100);
    PolicyJson json =
        PolicyJson.forCatalogue(
            StandardCatalogue.catalogue().withArea("oversight", Area.of(id, Option.of(id, "yes"))));

    assertThat(json.read(withDecision(id, "{\"option\": \"yes\"}")).decision(id)).isPresent();
  }

  @Test
  void a_field_name_over_a_hundred_characters_names_its_object() {
    String name = "a".repeat(101);

    // not the field before it, which is where the parser was
    var e = rejected(withFields("\"" + name + "\": 1"), "$");
    assertThat(e.expected()).isEqualTo("a field name of at most 100 characters");
    assertThat(e.found()).isEqualTo("101 characters");
    assertThat(rejected(withDecision(name, "{}"), "$.decisions").expected())
        .isEqualTo(e.expected());
    assertThat(rejected(withOrganisation("\"" + name + "\": 1"), "$.organisation").found())
        .isEqualTo(e.found());
  }

  @Test
  void a_number_of_twenty_digits_passes_the_limit_and_reaches_the_reader() {
    // no parameter takes a number this large: the reader, not the limit, refuses it
    var e =
        rejected(
            withDecision("review", "{\"option\": \"every\", \"months\": 99999999999999999999}"),
            "$.decisions.review.months");
    assertThat(e.expected()).isEqualTo("a whole number");
  }

  @Test
  void a_number_over_twenty_digits() {
    var e =
        rejected(
            withDecision("review", "{\"option\": \"every\", \"months\": " + "9".repeat(21) + "}"),
            "$.decisions.review.months");
    assertThat(e.expected()).isEqualTo("a number of at most 20 digits");
    assertThat(e.found()).isEqualTo("21 digits");
  }

  /** The minimal policy, padded with spaces to exactly this many characters (and bytes). */
  private static String padded(int length) {
    return MINIMAL + " ".repeat(length - MINIMAL.length());
  }

  private static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  private static ByteArrayInputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }
}
