package dev.guidepost.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwnRuleTextsTest {
  @Test
  void the_rules_finding_reads_in_english_and_danish_and_validate_lists_it() {
    assertThat(OwnRuleTexts.run())
        .isEqualTo(
            """
            At Acme, breaks are free.
            Hos Acme er pauser frie.
            the policy has 1 error(s):
            Error [breaks-are-free] At Acme, breaks are free.
            """);
  }
}
