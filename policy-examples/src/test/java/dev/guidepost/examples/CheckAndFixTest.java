package dev.guidepost.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Language;
import org.junit.jupiter.api.Test;

class CheckAndFixTest {
  @Test
  void explains_the_contradiction_and_prints_the_fixed_policy() {
    String out = CheckAndFix.run(Language.ENGLISH);

    assertThat(out)
        .startsWith("Warning [advocacy-vs-working-hours-ban] You encourage employees to share")
        .contains("  - Sharing our content: Encouraged")
        .contains("  - Social media during working hours: Not allowed")
        .contains("  => Social media during working hours: choose \"For work purposes only\"")
        .contains("They are not legal advice")
        .contains("\"option\": \"work-related-only\"");
  }

  @Test
  void speaks_every_language() {
    for (Language language : Language.standard()) {
      assertThat(CheckAndFix.run(language)).contains("[advocacy-vs-working-hours-ban]");
    }
  }
}
