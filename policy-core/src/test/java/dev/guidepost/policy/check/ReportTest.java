package dev.guidepost.policy.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.message.MessageBundle;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.WorkingHours;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
  private static final Policy POLICY =
      Policy.builder()
          .organisation(Organisation.of("Acme A/S", Country.DK))
          .decide(WorkingHours.prohibited())
          .build();

  /** Rules added out of order, so that only the report's sorting puts their findings in order. */
  private static final Checker CHECKER =
      Checker.builder()
          .add(rule("b-info", Severity.INFO, "advocacy"))
          .add(rule("a-warning", Severity.WARNING, "working-hours"))
          .add(rule("c-error", Severity.ERROR, "working-hours", "advocacy"))
          .add(rule("b-warning", Severity.WARNING, "advocacy"))
          .add(rule("a-error", Severity.ERROR, "monitoring"))
          .build();

  /** A rule that reports one finding per area, with the message "{id} about {area}". */
  private static Rule rule(String id, Severity severity, String... areas) {
    return Rule.builder(id)
        .severity(severity)
        .summary(id)
        .source("test")
        .check(
            (policy, context, sink) -> {
              for (String area : areas) {
                sink.report(Message.literal(id + " about " + area)).area(area);
              }
            })
        .build();
  }

  private static List<String> lines(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.severity().id() + " " + f.rule() + " " + String.join(",", f.areas()))
        .toList();
  }

  @Test
  void findings_are_sorted_by_severity_then_rule_id_then_area() {
    Report report = CHECKER.check(POLICY);

    assertThat(lines(report.findings()))
        .containsExactly(
            "error a-error monitoring",
            "error c-error advocacy",
            "error c-error working-hours",
            "warning a-warning working-hours",
            "warning b-warning advocacy",
            "info b-info advocacy");
  }

  @Test
  void the_order_does_not_depend_on_the_order_of_the_input() {
    List<Finding> findings = new ArrayList<>(CHECKER.check(POLICY).findings());
    Collections.reverse(findings);

    assertThat(new Report(findings, MessageBundle.standard())).isEqualTo(CHECKER.check(POLICY));
  }

  @Test
  void splits_the_findings_by_severity() {
    Report report = CHECKER.check(POLICY);

    assertThat(report.hasErrors()).isTrue();
    assertThat(lines(report.errors()))
        .containsExactly(
            "error a-error monitoring", "error c-error advocacy", "error c-error working-hours");
    assertThat(lines(report.warnings()))
        .containsExactly("warning a-warning working-hours", "warning b-warning advocacy");
    assertThat(lines(report.infos())).containsExactly("info b-info advocacy");
  }

  @Test
  void findings_alike_but_for_their_facts_are_sorted_by_their_facts() {
    Rule twice =
        Rule.builder("twice")
            .severity(Severity.WARNING)
            .summary("twice")
            .source("test")
            .check(
                (policy, context, sink) -> {
                  for (String country : List.of("US", "DK")) {
                    sink.report(Message.literal("twice"))
                        .area("working-hours")
                        .fact(Fact.of(Fact.Kind.COUNTRY, "country", country));
                  }
                })
            .build();

    Report report = Checker.builder().add(twice).build().check(POLICY);

    assertThat(report.findings())
        .extracting(f -> f.facts().toString())
        .containsExactly("[country = DK]", "[country = US]");
  }

  @Test
  void a_report_without_errors_has_no_errors() {
    Checker checker =
        Checker.builder()
            .add(rule("a-warning", Severity.WARNING, "working-hours"))
            .add(rule("b-info", Severity.INFO, "advocacy"))
            .build();
    Report report = checker.check(POLICY);

    assertThat(report.hasErrors()).isFalse();
    assertThat(report.errors()).isEmpty();
    assertThat(report.findings()).hasSize(2);
  }

  @Test
  void selects_the_findings_for_an_area_and_of_a_rule_in_order() {
    Report report = CHECKER.check(POLICY);

    assertThat(lines(report.findingsFor("advocacy")))
        .containsExactly(
            "error c-error advocacy", "warning b-warning advocacy", "info b-info advocacy");
    assertThat(report.findingsFor("connections")).isEmpty();
    assertThat(lines(report.findingsOf("c-error")))
        .containsExactly("error c-error advocacy", "error c-error working-hours");
    assertThat(report.findingsOf("no-such-rule")).isEmpty();
  }

  @Test
  void describes_one_finding_per_line_with_translated_severity() {
    Report report = CHECKER.check(POLICY);

    assertThat(report.describe(Language.ENGLISH))
        .isEqualTo(
            """
            Error [a-error] a-error about monitoring
            Error [c-error] c-error about advocacy
            Error [c-error] c-error about working-hours
            Warning [a-warning] a-warning about working-hours
            Warning [b-warning] b-warning about advocacy
            Note [b-info] b-info about advocacy""");
    assertThat(report.describe(Language.DANISH).lines())
        .first()
        .isEqualTo("Fejl [a-error] a-error about monitoring");
    assertThat(report.describe(Language.DUTCH).lines())
        .last()
        .isEqualTo("Opmerking [b-info] b-info about advocacy");
  }

  @Test
  void an_empty_report_describes_nothing() {
    Report report = Checker.builder().build().check(POLICY);

    assertThat(report.findings()).isEmpty();
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.describe(Language.ENGLISH)).isEmpty();
    assertThat(report).isEqualTo(new Report(List.of(), MessageBundle.standard()));
  }

  @Test
  void reports_with_the_same_findings_are_equal() {
    Report first = CHECKER.check(POLICY);
    Report second = CHECKER.check(POLICY);
    Report other =
        Checker.builder().add(rule("a-error", Severity.ERROR, "monitoring")).build().check(POLICY);

    assertThat(second).isEqualTo(first).hasSameHashCodeAs(first).isNotEqualTo(other);
    assertThat(first).isNotEqualTo(first.findings());
    assertThat(first.toString()).isEqualTo(first.findings().toString());
  }

  @Test
  void every_list_is_immutable() {
    Report report = CHECKER.check(POLICY);
    Finding finding = report.findings().get(0);

    assertThatThrownBy(() -> report.findings().add(finding))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> report.errors().add(finding))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> report.warnings().add(finding))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> report.infos().add(finding))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> report.findingsFor("advocacy").add(finding))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> report.findingsOf("c-error").add(finding))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> finding.areas().add("advocacy"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void changing_the_list_it_was_made_from_does_not_change_the_report() {
    List<Finding> findings = new ArrayList<>(CHECKER.check(POLICY).findings());
    Report report = new Report(findings, MessageBundle.standard());

    findings.clear();

    assertThat(report.findings()).hasSize(6);
  }
}
