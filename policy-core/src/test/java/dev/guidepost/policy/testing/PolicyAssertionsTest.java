package dev.guidepost.policy.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.check.Checker;
import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.json.PolicyJson;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.standard.Advocacy;
import dev.guidepost.policy.standard.EmployerAccess;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.policy.standard.Shareable;
import dev.guidepost.policy.standard.WorkingHours;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyAssertionsTest {
  private static final Organisation ACME = Organisation.of("Acme A/S", Country.DK);

  @TempDir Path folder;

  @Test
  void a_preset_passes_both_assertions() {
    Policy policy = Preset.BALANCED.policyFor(ACME);

    assertThatCode(() -> PolicyAssertions.assertNoErrors(policy)).doesNotThrowAnyException();
    assertThatCode(() -> PolicyAssertions.assertNoWarnings(policy)).doesNotThrowAnyException();
  }

  @Test
  void an_error_fails_with_the_findings_facts_and_fixes() {
    Policy policy =
        Preset.BALANCED.policyFor(ACME).toBuilder()
            .decide(EmployerAccess.credentialsRequested())
            .build();

    assertThatThrownBy(() -> PolicyAssertions.assertNoErrors(policy))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected Acme A/S to have no finding more severe than warning")
        .hasMessageContaining("error [credentials-never-requested]")
        .hasMessageContaining("because: [employer-access = credentials-requested]")
        .hasMessageContaining("fix: Employer access to accounts: choose \"Never requested\"");
  }

  @Test
  void a_warning_passes_no_errors_but_fails_no_warnings() {
    Policy policy =
        Preset.BALANCED.policyFor(ACME).toBuilder()
            .decide(Advocacy.encouraged(Shareable.NEWS))
            .decide(WorkingHours.prohibited())
            .build();

    assertThatCode(() -> PolicyAssertions.assertNoErrors(policy)).doesNotThrowAnyException();
    assertThatThrownBy(() -> PolicyAssertions.assertNoWarnings(policy))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("warning [advocacy-vs-working-hours-ban]");
  }

  @Test
  void a_policy_file_is_read_and_checked() throws IOException {
    Path good = file("good.json", Preset.ENCOURAGING.policyFor(ACME));

    assertThatCode(() -> PolicyAssertions.assertNoWarnings(good)).doesNotThrowAnyException();
  }

  /** Writes a policy as JSON to a file of the test's folder. */
  private Path file(String name, Policy policy) throws IOException {
    return Files.writeString(folder.resolve(name), PolicyJson.standard().write(policy));
  }

  @Test
  void a_policy_file_with_an_error_or_a_warning_fails_its_assertion() throws IOException {
    Path error =
        file(
            "error.json",
            Preset.BALANCED.policyFor(ACME).toBuilder()
                .decide(EmployerAccess.credentialsRequested())
                .build());
    Path warning =
        file(
            "warning.json",
            Preset.BALANCED.policyFor(ACME).toBuilder()
                .decide(WorkingHours.prohibited())
                .decide(Advocacy.encouraged(Shareable.NEWS))
                .build());

    assertThatThrownBy(() -> PolicyAssertions.assertNoErrors(error))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected " + error + " to have no finding more severe than warning")
        .hasMessageContaining("error [credentials-never-requested]");
    assertThatCode(() -> PolicyAssertions.assertNoErrors(warning)).doesNotThrowAnyException();
    assertThatThrownBy(() -> PolicyAssertions.assertNoWarnings(warning))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected " + warning + " to have no finding more severe than info")
        .hasMessageContaining("warning [advocacy-vs-working-hours-ban]");
  }

  @Test
  void a_finding_without_facts_is_listed_without_a_because_line() {
    Checker plain =
        Checker.builder()
            .add(
                Rule.builder("always")
                    .severity(Severity.ERROR)
                    .summary("always")
                    .source("test")
                    .check((policy, context, sink) -> sink.report(Message.literal("Always wrong.")))
                    .build())
            .build();

    assertThatThrownBy(
            () ->
                PolicyAssertions.assertAtMost(
                    plain, Preset.BALANCED.policyFor(ACME), Severity.WARNING))
        .isInstanceOf(AssertionError.class)
        .hasMessageEndingWith("  error [always] Always wrong.")
        .message()
        .doesNotContain("because");
  }

  @Test
  void an_unreadable_file_fails_with_the_json_path() throws IOException {
    Path bad = folder.resolve("bad.json");
    Files.writeString(
        bad, "{\"guidepost\": 1, \"organisation\": {\"name\": \"A\", \"country\": \"XX\"}}");

    assertThatThrownBy(() -> PolicyAssertions.assertNoErrors(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("bad.json is not a readable policy")
        .hasMessageContaining("$.organisation.country");
  }

  @Test
  void a_missing_file_fails_readably() {
    Path missing = folder.resolve("missing.json");

    assertThatThrownBy(() -> PolicyAssertions.assertNoErrors(missing))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("missing.json cannot be read");
  }

  @Test
  void a_team_checker_can_treat_warnings_as_errors() {
    Checker strict =
        StandardRules.checker().toBuilder()
            .severity("advocacy-vs-working-hours-ban", Severity.ERROR)
            .build();
    Policy policy =
        Preset.BALANCED.policyFor(ACME).toBuilder()
            .decide(Advocacy.encouraged(Shareable.NEWS))
            .decide(WorkingHours.prohibited())
            .build();

    assertThatThrownBy(() -> PolicyAssertions.assertAtMost(strict, policy, Severity.WARNING))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("error [advocacy-vs-working-hours-ban]");
  }
}
