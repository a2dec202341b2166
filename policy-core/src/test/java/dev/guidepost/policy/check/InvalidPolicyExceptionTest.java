package dev.guidepost.policy.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.standard.EmployerAccess;
import org.junit.jupiter.api.Test;

class InvalidPolicyExceptionTest {
  private static final Policy POLICY =
      Policy.builder().organisation(Organisation.of("Acme A/S", Country.DK)).build();

  private static final Checker CHECKER =
      Checker.builder()
          .add(rule("b-error", Severity.ERROR, "Second problem"))
          .add(rule("a-warning", Severity.WARNING, "Only a warning"))
          .add(rule("a-error", Severity.ERROR, "First problem"))
          .add(rule("c-info", Severity.INFO, "Only a note"))
          .build();

  private static Rule rule(String id, Severity severity, String message) {
    return Rule.builder(id)
        .severity(severity)
        .summary(message)
        .source("test")
        .check((policy, context, sink) -> sink.report(Message.literal(message)))
        .build();
  }

  private static InvalidPolicyException invalid(Checker checker, Policy policy) {
    return catchThrowableOfType(InvalidPolicyException.class, () -> checker.validate(policy));
  }

  @Test
  void the_message_lists_the_errors_in_english() {
    InvalidPolicyException e = invalid(CHECKER, POLICY);

    assertThat(e)
        .hasMessage(
            """
            the policy has 2 error(s):
            Error [a-error] First problem
            Error [b-error] Second problem""");
  }

  @Test
  void the_message_leaves_out_warnings_and_infos() {
    assertThat(invalid(CHECKER, POLICY).getMessage())
        .doesNotContain("a-warning")
        .doesNotContain("c-info");
  }

  @Test
  void the_report_has_every_finding() {
    InvalidPolicyException e = invalid(CHECKER, POLICY);

    assertThat(e.report()).isEqualTo(CHECKER.check(POLICY));
    assertThat(e.report().findings())
        .extracting(Finding::rule)
        .containsExactly("a-error", "b-error", "a-warning", "c-info");
    assertThat(e.report().warnings()).extracting(Finding::rule).containsExactly("a-warning");
    assertThat(e.report().infos()).extracting(Finding::rule).containsExactly("c-info");
  }

  @Test
  void a_built_in_error_is_described_with_its_english_text() {
    Policy policy = POLICY.toBuilder().decide(EmployerAccess.credentialsRequested()).build();

    InvalidPolicyException e = invalid(StandardRules.checker(), policy);

    Finding error = e.report().findingsOf("credentials-never-requested").get(0);
    assertThat(e.getMessage())
        .startsWith("the policy has " + e.report().errors().size() + " error(s):\n")
        .contains(
            "Error [credentials-never-requested] " + error.message().format(Language.ENGLISH));
    assertThat(e.report().warnings()).isNotEmpty();
  }

  @Test
  void it_is_an_unchecked_exception() {
    assertThat(invalid(CHECKER, POLICY)).isInstanceOf(RuntimeException.class);
  }
}
