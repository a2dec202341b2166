package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.json.PolicyJson;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.standard.Criticism;
import dev.guidepost.policy.standard.EmployerAccess;
import dev.guidepost.policy.standard.WorkingHours;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FixCommandTest {
  @TempDir Path folder;

  @Test
  void applies_every_verified_fix_and_prints_the_fixed_policy() throws IOException {
    Path file = Policies.write(folder, "errors.json", Policies.errors());

    Run run = Run.of("fix", file.toString());

    assertThat(run.exitCode()).isZero();
    Policy fixed = PolicyJson.standard().read(run.out());
    assertThat(fixed).isEqualTo(StandardRules.checker().fix(Policies.errors()));
    assertThat(StandardRules.checker().check(fixed).hasErrors()).isFalse();
    assertThat(run.out()).isEqualTo(PolicyJson.standard().write(fixed));
    assertThat(run.err())
        .startsWith("Changes:\n")
        .contains("- Criticism and concerns: Raise it internally first\n")
        .contains("- Employer access to accounts: Never requested\n");
  }

  @Test
  void fixes_only_the_rule_asked_for_and_exits_with_1_while_errors_remain() throws IOException {
    Path file = Policies.write(folder, "errors.json", Policies.errors());

    Run run = Run.of("fix", file.toString(), "--rule", "credentials-never-requested");

    assertThat(run.exitCode()).isEqualTo(1);
    Policy fixed = PolicyJson.standard().read(run.out());
    assertThat(fixed.decision("employer-access")).contains(EmployerAccess.neverRequested());
    assertThat(fixed.decision("criticism")).contains(Criticism.prohibited());
    assertThat(run.err())
        .isEqualTo(
            "Changes:\n"
                + "- Employer access to accounts: Never requested\n"
                + "\n"
                + "These errors remain; no verified fix clears them:\n"
                + "\n"
                + new FindingsText(CliTexts.of(Language.ENGLISH))
                    .findings(StandardRules.checker().check(fixed).errors()));
  }

  @Test
  void says_which_value_was_brought_into_its_range_and_from_what_to_what() throws IOException {
    Path high = Policies.write(folder, "high.json", withMinutes(600));
    Path low = Policies.write(folder, "low.json", withMinutes(0));

    Run lowered = Run.of("fix", high.toString());
    Run raised = Run.of("fix", low.toString());

    assertThat(lowered.exitCode()).isZero();
    assertThat(lowered.err())
        .isEqualTo(
            """
            Changes:
            - Social media during working hours: Limited time per day
                Minutes per day: 600 lowered to 480, the highest value allowed
            """);
    assertThat(PolicyJson.standard().read(lowered.out()).decision(WorkingHours.ID))
        .contains(WorkingHours.timeLimited(480));
    assertThat(raised.err())
        .contains("    Minutes per day: 0 raised to 1, the lowest value allowed\n");
  }

  @ParameterizedTest
  @CsvSource({
    "da, 'minutter pr. dag: 600 er sat ned til 480, som er den højeste tilladte værdi'",
    "sv, 'Minuter per dag: 600 har sänkts till 480, det högsta tillåtna värdet'",
    "nb, 'Minutter per dag: 600 er satt ned til 480, som er den høyeste tillatte verdien'",
    "nl, 'Minuten per dag: 600 verlaagd tot 480, de hoogste toegestane waarde'"
  })
  void says_what_was_lowered_in_every_language(String language, String line) throws IOException {
    Path high = Policies.write(folder, "high.json", withMinutes(600));

    Run run = Run.of("fix", high.toString(), "--lang", language);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("\n    " + line + "\n");
  }

  private static Policy withMinutes(int minutes) {
    return Policies.clean().toBuilder().decide(WorkingHours.timeLimited(minutes)).build();
  }

  @Test
  void says_so_when_nothing_needs_fixing() throws IOException {
    Path file = Policies.write(folder, "clean.json", Policies.clean());

    Run run = Run.of("fix", file.toString(), "--lang", "nb");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(Policies.json(Policies.clean()));
    assertThat(run.err()).isEqualTo("Endringer:\nIngenting måtte rettes.\n");
  }

  @Test
  void an_unknown_rule_is_a_clear_usage_error() throws IOException {
    Path file = Policies.write(folder, "errors.json", Policies.errors());

    Run run = Run.of("fix", file.toString(), "--rule", "no-such-rule");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "There is no rule called \"no-such-rule\". \"guidepost rules\" lists every rule.\n");
  }

  @Test
  void an_unreadable_policy_exits_with_2() {
    Run run = Run.withInput("[]", "fix", "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("standard input is not a policy in Guidepost's format: $");
  }
}
