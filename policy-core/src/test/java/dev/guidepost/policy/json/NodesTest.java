package dev.guidepost.policy.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Language;
import org.junit.jupiter.api.Test;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** How a value the reader did not expect is described in an error's "but found" part. */
class NodesTest {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private static Node node(String json) {
    return TreeReader.read(FACTORY.createParser(ObjectReadContext.empty(), json));
  }

  private static String described(String json) {
    return Nodes.describe(node(json)).format(Language.ENGLISH);
  }

  @Test
  void a_missing_value_is_nothing() {
    assertThat(Nodes.describe(Node.MISSING).format(Language.ENGLISH)).isEqualTo("nothing");
  }

  @Test
  void a_text_is_quoted_in_full_up_to_forty_characters() {
    String forty = "a".repeat(40);

    assertThat(described("\"Acme\"")).isEqualTo("\"Acme\"");
    assertThat(described("\"" + forty + "\"")).isEqualTo("\"" + forty + "\"");
  }

  @Test
  void a_longer_text_is_cut_to_forty_characters_with_its_length() {
    String text = "b".repeat(40) + "cut off";

    assertThat(described("\"" + text + "\""))
        .isEqualTo("\"" + "b".repeat(40) + "\"… (47 characters)");
  }

  @Test
  void objects_and_arrays_are_named_not_printed() {
    assertThat(described("{\"secret\": \"x\"}")).isEqualTo("an object");
    assertThat(described("{}")).isEqualTo("an object");
    assertThat(described("[1, 2, 3]")).isEqualTo("an array of 3 entries");
    assertThat(described("[1]")).isEqualTo("an array of 1 entry");
    assertThat(described("[]")).isEqualTo("an array of 0 entries");
  }

  @Test
  void what_was_found_is_written_in_the_reader_s_language_with_the_input_as_it_is() {
    String text = "b".repeat(40) + "cut off";

    assertThat(Nodes.describe(node("[1, 2, 3]")).format(Language.DANISH))
        .isEqualTo("en liste med 3 elementer");
    assertThat(Nodes.describe(node("\"" + text + "\"")).format(Language.DUTCH))
        .isEqualTo("\"" + "b".repeat(40) + "\"… (47 tekens)");
    assertThat(Nodes.describe(Node.MISSING).format(Language.SWEDISH)).isEqualTo("ingenting");
  }

  @Test
  void numbers_booleans_and_null_are_shown_as_written() {
    assertThat(described("42")).isEqualTo("42");
    assertThat(described("-1.5")).isEqualTo("-1.5");
    assertThat(described("true")).isEqualTo("true");
    assertThat(described("null")).isEqualTo("null");
  }
}
