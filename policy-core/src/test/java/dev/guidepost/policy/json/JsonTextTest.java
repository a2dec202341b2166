package dev.guidepost.policy.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small JSON writer of the schema: layout and escaping. */
class JsonTextTest {
  @Test
  void objects_are_indented_and_lists_of_plain_values_stay_on_one_line() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("b", List.of("x", 2, true));
    inner.put("c", Map.of());
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("a", inner);
    root.put("d", List.of(Map.of("e", false), List.of()));
    root.put("f", List.of());

    assertThat(JsonText.of(root))
        .isEqualTo(
            """
            {
              "a": {
                "b": ["x", 2, true],
                "c": { }
              },
              "d": [
                {
                  "e": false
                },
                []
              ],
              "f": []
            }
            """);
  }

  @Test
  void a_list_of_lists_puts_each_on_its_own_line() {
    assertThat(JsonText.of(List.of(List.of(1, 2), List.of()))).isEqualTo("[\n  [1, 2],\n  []\n]\n");
  }

  @Test
  void texts_escape_quotes_backslashes_line_feeds_and_control_characters() {
    assertThat(JsonText.of("a\"b\\c\nd\te\u0001f/é"))
        .isEqualTo("\"a\\\"b\\\\c\\nd\\u0009e\\u0001f/é\"\n");
  }
}
