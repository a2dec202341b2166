package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.rules.StandardRules;
import org.junit.jupiter.api.Test;

class RulesCommandTest {
  @Test
  void lists_every_rule_with_its_severity_summary_and_source() {
    Run run = Run.of("rules");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith(
            "advocacy-vs-working-hours-ban (Warning)\n"
                + "  Encouraging staff to share company content while banning social media at"
                + " work\n"
                + "  Sources: practice: \"8 ting din virksomhed bør overveje når I benytter de sociale medier\", point 8\n\n");
    for (Rule rule : StandardRules.checker().rules()) {
      assertThat(run.out())
          .contains(
              rule.id()
                  + " ("
                  + rule.severity().label().format(Language.ENGLISH)
                  + ")\n  "
                  + rule.summary().format(Language.ENGLISH)
                  + "\n  Sources: "
                  + rule.sources().message().format(Language.ENGLISH)
                  + "\n");
    }
  }

  @Test
  void speaks_the_language_asked_for() {
    assertThat(Run.of("rules", "--lang", "da").out())
        .contains("credentials-never-requested (Fejl)\n")
        .contains("  Kilder: ")
        .endsWith("politikkens organisation.\n");
  }
}
