package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.check.Checker;
import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsTextTest {
  @Test
  void a_finding_without_facts_advice_or_fixes_prints_no_empty_headings() {
    Rule rule =
        Rule.builder("whole-policy")
            .severity(Severity.INFO)
            .summary("About everything")
            .source("practice")
            .check((policy, context, sink) -> sink.report(Message.literal("Read it again")))
            .build();
    Policy policy = Policy.builder().organisation(Organisation.of("Acme A/S", Country.DK)).build();
    List<Finding> findings = Checker.builder().add(rule).build().check(policy).findings();

    String text = new FindingsText(CliTexts.of(Language.ENGLISH)).findings(findings);

    assertThat(text)
        .isEqualTo("Note: whole-policy\n  Read it again\n  Sources: practice\n\n")
        .doesNotContain("Why:")
        .doesNotContain("Verified fixes:");
  }
}
