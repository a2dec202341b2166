package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Language;
import org.junit.jupiter.api.Test;

class ExampleCommandTest {
  @Test
  void explains_the_contradiction_fixes_it_and_renders_the_fixed_policy() {
    Run run = Run.of("example");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("Acme A/S encourages its staff to share company news, but bans social media")
        .contains(
            "Findings\n--------\n\n"
                + "Warning: advocacy-vs-working-hours-ban\n"
                + "  You encourage employees to share company content, but social media are not"
                + " allowed during working hours. Employees cannot do both.\n"
                + "  Why:\n"
                + "    - Sharing our content: Encouraged\n"
                + "    - Social media during working hours: Not allowed\n"
                + "  What to do: Allow social media for work purposes, or at least during breaks.\n"
                + "  Verified fixes:\n"
                + "    - Social media during working hours: choose \"For work purposes only\"\n")
        .contains(
            "  Sources: practice: \"8 ting din virksomhed bør overveje når I benytter de sociale medier\", point 8\n")
        .contains("Errors: 0, warnings: 1, notes: 0.")
        .contains("They are not legal advice")
        .contains("Fixes\n-----\n\n- Social media during working hours: For work purposes only\n")
        .contains("The fixed policy\n----------------\n\nSocial media policy – Acme A/S\n=====")
        .contains("3.1 Social media during working hours\n\nDuring working hours, use social media")
        .contains("We review these guidelines every twelve months")
        .endsWith("ask our social\nmedia manager.\n");
  }

  @Test
  void speaks_every_language_with_its_own_headings() {
    for (Language language : Language.standard()) {
      CliTexts texts = CliTexts.of(language);
      Run run = Run.of("example", "--lang", language.code());

      assertThat(run.exitCode()).as(language.code()).isZero();
      assertThat(run.out())
          .as(language.code())
          .contains(texts.get("findings.heading") + "\n")
          .contains(texts.get("fixes.heading") + "\n")
          .contains(texts.get("example.policy-heading") + "\n")
          .contains("advocacy-vs-working-hours-ban");
    }
    assertThat(Run.of("example", "--lang", "da").out())
        .contains("Advarsel: advocacy-vs-working-hours-ban")
        .contains("Det kan du gøre:");
  }

  @Test
  void prints_the_same_bytes_every_time() {
    assertThat(Run.of("example", "--lang", "nb")).isEqualTo(Run.of("example", "--lang", "nb"));
  }
}
