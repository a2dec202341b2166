package dev.guidepost.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComposeInCodeTest {
  @Test
  void prints_the_composed_policy_as_json() {
    String json = ComposeInCode.run();

    assertThat(json)
        .startsWith("{\n  \"guidepost\": 1,")
        .contains("\"working-hours\": {\n      \"option\": \"time-limited\",")
        .contains("\"minutesPerDay\": 30")
        .contains("\"shareable\": [\"news\", \"job-postings\"]")
        .endsWith("}\n");
  }
}
