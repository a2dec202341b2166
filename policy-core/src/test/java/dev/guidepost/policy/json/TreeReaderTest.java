package dev.guidepost.policy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/** The tree the reader reads a policy into. */
class TreeReaderTest {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private static Node read(String json) {
    return TreeReader.read(FACTORY.createParser(ObjectReadContext.empty(), json));
  }

  @Test
  void nothing_but_white_space_is_the_missing_value() {
    assertThat(read(" \n ").isMissingNode()).isTrue();
    assertThat(read("{}").isMissingNode()).isFalse();
  }

  @Test
  void an_object_keeps_its_fields_in_input_order() {
    Node node = read("{\"b\": 1, \"a\": [true, false, null], \"c\": {\"d\": \"x\"}}");

    assertThat(node.isObject()).isTrue();
    assertThat(node.propertyNames()).containsExactly("b", "a", "c");
    assertThat(node.size()).isEqualTo(3);
    assertThat(node.path("a").isArray()).isTrue();
    assertThat(node.path("a").get(0).booleanValue()).isTrue();
    assertThat(node.path("a").get(1).isBoolean()).isTrue();
    assertThat(node.path("a").get(1).booleanValue()).isFalse();
    assertThat(node.path("a").get(2).kind()).isEqualTo(Node.Kind.NULL);
    assertThat(node.path("c").path("d").stringValue()).isEqualTo("x");
    assertThat(node.path("z").isMissingNode()).isTrue();
    assertThat(node.path("a")).hasSize(3);
  }

  @Test
  void whole_numbers_convert_to_long_only_within_its_range() {
    assertThat(read("-9223372036854775808").canConvertToLong()).isTrue();
    assertThat(read("-9223372036854775808").longValue()).isEqualTo(Long.MIN_VALUE);
    assertThat(read("9223372036854775807").canConvertToLong()).isTrue();
    assertThat(read("9223372036854775808").canConvertToLong()).isFalse();
    assertThat(read("-9223372036854775809").canConvertToLong()).isFalse();
    assertThat(read("-0").toString()).isEqualTo("0");
    assertThat(read("1.0").canConvertToLong()).isFalse();
    assertThat(read("1.0").isIntegralNumber()).isFalse();
    assertThat(read("\"1\"").canConvertToLong()).isFalse();
  }

  @Test
  void a_decimal_is_shown_as_jackson_writes_its_double() {
    assertThat(read("1.50").toString()).isEqualTo("1.5");
    assertThat(read("1E2").toString()).isEqualTo("100.0");
    assertThat(read("1e400").toString()).isEqualTo("\"Infinity\"");
  }

  @Test
  void only_a_text_has_a_text_value() {
    assertThat(read("\"a\"").isString()).isTrue();
    assertThat(read("1").stringValue()).isEmpty();
    assertThat(read("true").toString()).isEqualTo("true");
    assertThat(read("[]").toString()).isEqualTo("array");
    assertThat(read("{}").isEmpty()).isTrue();
  }

  @Test
  void anything_after_the_value_is_refused_where_it_starts() {
    StreamReadException e = catchThrowableOfType(StreamReadException.class, () -> read("{} {"));

    assertThat(e.getOriginalMessage())
        .isEqualTo("Trailing token (`JsonToken.START_OBJECT`) found after value");
    assertThat(e.getLocation().getLineNr()).isEqualTo(1);
    assertThat(e.getLocation().getColumnNr()).isEqualTo(4);
  }
}
