package dev.guidepost.policy.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PolicyDictionaryTest {
  /** Run with {@code -Dguidepost.dict.update=true} to write the dictionary anew. */
  @Test
  void the_committed_dictionary_has_every_word_of_the_standard_catalogue() throws IOException {
    if (Boolean.getBoolean("guidepost.dict.update")) {
      Files.write(
          Path.of("src/test/resources" + PolicyDictionary.RESOURCE),
          PolicyDictionary.lines(),
          StandardCharsets.UTF_8);
      return;
    }
    try (InputStream in = PolicyDictionary.class.getResourceAsStream(PolicyDictionary.RESOURCE)) {
      assertThat(in).as(PolicyDictionary.RESOURCE).isNotNull();
      String committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);

      assertThat(committed.lines().toList())
          .as("regenerate %s from PolicyDictionary.lines()", PolicyDictionary.RESOURCE)
          .containsExactlyElementsOf(PolicyDictionary.lines());
    }
  }

  @Test
  void every_line_is_one_quoted_token() {
    assertThat(PolicyDictionary.lines())
        .doesNotHaveDuplicates()
        .contains("\"\\\"working-hours\\\"\"", "\"\\\"time-limited\\\"\"", "\"{\"")
        .allMatch(line -> line.startsWith("\"") && line.endsWith("\""));
  }
}
