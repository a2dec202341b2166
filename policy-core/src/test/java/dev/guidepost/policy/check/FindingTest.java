package dev.guidepost.policy.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.source.Source;
import dev.guidepost.policy.source.Sources;
import dev.guidepost.policy.standard.Connections;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTest {
  private static final String RULE = "connect-freely";

  /**
   * Fires when employees are expected to connect and suggests, in order: the same decision (does
   * not clear the finding), free-to-decline (clears it but fires {@link #NO_DECLINE}, an error) and
   * managers-do-not-initiate (clears it and adds no error).
   */
  private static final Rule CONNECT_FREELY =
      Rule.builder(RULE)
          .severity(Severity.WARNING)
          .summary("Nobody must connect")
          .source("house rule")
          .check(
              (policy, context, sink) ->
                  policy
                      .decision(Connections.ID)
                      .filter(d -> d.is(Connections.EXPECTED_TO_CONNECT))
                      .ifPresent(
                          d ->
                              sink.report(Message.literal("Do not expect connections"))
                                  .area(Connections.ID)
                                  .fact(
                                      Fact.of(Fact.Kind.DECISION, Connections.ID, d.option().id()))
                                  .advice(Message.literal("Let employees decide"))
                                  .suggest(List.of(Connections.expectedToConnect()))
                                  .suggest(List.of(Connections.freeToDecline()))
                                  .suggest(List.of(Connections.managersDoNotInitiate()))))
          .build();

  private static final Rule NO_DECLINE =
      Rule.builder("decline-is-forbidden")
          .severity(Severity.ERROR)
          .summary("A house rule against declining")
          .source("house rule")
          .check(
              (policy, context, sink) ->
                  policy
                      .decision(Connections.ID)
                      .filter(d -> d.is(Connections.FREE_TO_DECLINE))
                      .ifPresent(d -> sink.report(Message.literal("Declining is forbidden"))))
          .build();

  private static final Policy POLICY = policy(Connections.expectedToConnect());

  private static Policy policy(Decision decision) {
    return Policy.builder()
        .organisation(Organisation.of("Acme A/S", Country.DK))
        .decide(decision)
        .build();
  }

  private static Finding finding(Checker checker) {
    return checker.check(POLICY).findingsOf(RULE).get(0);
  }

  @Test
  void fixes_are_only_the_verified_suggestions() {
    Finding finding = finding(Checker.builder().add(CONNECT_FREELY).add(NO_DECLINE).build());

    assertThat(finding.suggestions())
        .extracting(Suggestion::verified)
        .containsExactly(false, false, true);
    assertThat(finding.fixes())
        .singleElement()
        .satisfies(
            fix ->
                assertThat(fix.decisions()).containsExactly(Connections.managersDoNotInitiate()));
  }

  @Test
  void a_suggestion_that_clears_the_finding_without_a_new_error_is_a_fix() {
    Finding finding = finding(Checker.builder().add(CONNECT_FREELY).build());

    assertThat(finding.fixes())
        .extracting(Suggestion::decisions)
        .containsExactly(
            List.of(Connections.freeToDecline()), List.of(Connections.managersDoNotInitiate()));
  }

  @Test
  void the_checker_stamps_the_rule_id_severity_and_source() {
    Finding finding = finding(Checker.builder().add(CONNECT_FREELY).build());

    assertThat(finding.rule()).isEqualTo(RULE);
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.sources()).isEqualTo(Sources.of(Source.text("house rule")));
    assertThat(finding.message()).isEqualTo(Message.literal("Do not expect connections"));
    assertThat(finding.advice()).contains(Message.literal("Let employees decide"));
    assertThat(finding.areas()).containsExactly(Connections.ID);
    assertThat(finding.facts())
        .extracting(Fact::toString)
        .containsExactly("connections = expected-to-connect");
  }

  @Test
  void a_checker_that_re_levels_the_rule_overrides_its_severity() {
    Checker checker = Checker.builder().add(CONNECT_FREELY).severity(RULE, Severity.ERROR).build();

    assertThat(finding(checker).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void a_rule_cannot_set_its_own_id_or_severity() {
    List<String> draftMethods =
        Arrays.stream(FindingSink.Draft.class.getMethods()).map(Method::getName).toList();
    List<String> sinkMethods =
        Arrays.stream(FindingSink.class.getMethods()).map(Method::getName).toList();

    assertThat(draftMethods).containsExactlyInAnyOrder("area", "fact", "advice", "suggest");
    assertThat(sinkMethods).containsExactly("report");
  }

  @Test
  void a_finding_without_areas_or_advice_is_about_the_whole_policy() {
    Rule rule =
        Rule.builder("whole-policy")
            .severity(Severity.INFO)
            .summary("About everything")
            .source("practice")
            .check((policy, context, sink) -> sink.report(Message.literal("Read it again")))
            .build();
    Finding finding = Checker.builder().add(rule).build().check(POLICY).findings().get(0);

    assertThat(finding.areas()).isEmpty();
    assertThat(finding.facts()).isEmpty();
    assertThat(finding.advice()).isEmpty();
    assertThat(finding.suggestions()).isEmpty();
    assertThat(finding.fixes()).isEmpty();
  }

  @Test
  void to_string_names_the_severity_rule_and_facts() {
    Finding finding = finding(Checker.builder().add(CONNECT_FREELY).build());

    assertThat(finding.toString())
        .isEqualTo("warning connect-freely [connections = expected-to-connect]");
  }

  @Test
  void equal_checks_give_equal_findings() {
    Checker checker = Checker.builder().add(CONNECT_FREELY).build();

    assertThat(finding(checker)).isEqualTo(finding(checker)).hasSameHashCodeAs(finding(checker));
  }
}
