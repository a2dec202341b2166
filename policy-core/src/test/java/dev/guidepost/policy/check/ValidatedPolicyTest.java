package dev.guidepost.policy.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.standard.Advocacy;
import dev.guidepost.policy.standard.Shareable;
import dev.guidepost.policy.standard.WorkingHours;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ValidatedPolicyTest {
  private static final Policy POLICY =
      Policy.builder()
          .organisation(Organisation.of("Acme A/S", Country.DK))
          .decide(Advocacy.encouraged(Shareable.NEWS))
          .decide(WorkingHours.prohibited())
          .build();

  private static final Checker CHECKER =
      Checker.builder()
          .add(rule("a-warning", Severity.WARNING))
          .add(rule("b-info", Severity.INFO))
          .build();

  private static Rule rule(String id, Severity severity) {
    return Rule.builder(id)
        .severity(severity)
        .summary(id)
        .source("test")
        .check((policy, context, sink) -> sink.report(Message.literal(id)))
        .build();
  }

  @Test
  void keeps_the_policy_it_validated() {
    assertThat(CHECKER.validate(POLICY).policy()).isSameAs(POLICY);
  }

  @Test
  void keeps_the_report_of_warnings_and_infos() {
    ValidatedPolicy validated = CHECKER.validate(POLICY);

    assertThat(validated.report()).isEqualTo(CHECKER.check(POLICY));
    assertThat(validated.report().hasErrors()).isFalse();
    assertThat(validated.report().warnings())
        .extracting(Finding::rule)
        .containsExactly("a-warning");
    assertThat(validated.report().infos()).extracting(Finding::rule).containsExactly("b-info");
  }

  @Test
  void keeps_the_warnings_of_the_standard_checker() {
    ValidatedPolicy validated = StandardRules.checker().validate(POLICY);

    assertThat(validated.report().findingsOf("advocacy-vs-working-hours-ban"))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void a_policy_without_findings_has_an_empty_report() {
    ValidatedPolicy validated = Checker.builder().build().validate(POLICY);

    assertThat(validated.report().findings()).isEmpty();
  }

  @Test
  void only_the_checker_makes_one() {
    assertThat(ValidatedPolicy.class.getConstructors()).isEmpty();
    assertThat(
            Arrays.stream(ValidatedPolicy.class.getMethods())
                .filter(m -> Modifier.isStatic(m.getModifiers())))
        .isEmpty();
  }

  @Test
  void to_string_names_the_organisation() {
    assertThat(CHECKER.validate(POLICY)).hasToString("ValidatedPolicy[Acme A/S]");
  }
}
