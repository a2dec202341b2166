package dev.guidepost.policy.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.source.Source;
import dev.guidepost.policy.source.Sources;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleTest {
  private static final Rule.Check NOTHING = (policy, context, sink) -> {};
  private static final Policy POLICY =
      Policy.builder().organisation(Organisation.of("Acme A/S", Country.DK)).build();

  @ParameterizedTest
  @ValueSource(strings = {"a", "house-rule", "rule-2", "no-tiktok-2025"})
  void accepts_a_kebab_case_id(String id) {
    assertThat(
            Rule.builder(id)
                .severity(Severity.INFO)
                .summary("summary")
                .source("source")
                .check(NOTHING)
                .build()
                .id())
        .isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Not Kebab", "House-rule", "house_rule", "-rule", "rule-", "a--b"})
  void rejects_an_id_that_is_not_kebab_case(String id) {
    assertThatThrownBy(
            () ->
                Rule.builder(id)
                    .severity(Severity.INFO)
                    .summary("summary")
                    .source("source")
                    .check(NOTHING)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kebab-case")
        .hasMessageContaining("'" + id + "'");
  }

  @Test
  void a_builder_without_severity_summary_source_or_check_names_what_is_missing() {
    assertThatThrownBy(() -> Rule.builder("r").summary("s").source("s").check(NOTHING).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the rule 'r' has no severity");
    assertThatThrownBy(
            () -> Rule.builder("r").severity(Severity.INFO).source("s").check(NOTHING).build())
        .hasMessage("the rule 'r' has no summary");
    assertThatThrownBy(
            () -> Rule.builder("r").severity(Severity.INFO).summary("s").check(NOTHING).build())
        .hasMessage("the rule 'r' has no source");
    assertThatThrownBy(
            () -> Rule.builder("r").severity(Severity.INFO).summary("s").source("s").build())
        .hasMessage("the rule 'r' has no check");
  }

  @Test
  void a_builder_declares_what_the_rule_reads_and_reads_everything_by_default() {
    Rule.Builder builder =
        Rule.builder("r").severity(Severity.INFO).summary("s").source("s").check(NOTHING);
    assertThat(builder.build().reads()).isEqualTo(Reads.everything());
    assertThat(builder.reads(Reads.areas(Set.of("tone"))).build().reads())
        .isEqualTo(Reads.areas(Set.of("tone")));
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void requires_every_argument() {
    assertThatNullPointerException()
        .isThrownBy(
            () ->
                Rule.builder("r")
                    .severity(Severity.INFO)
                    .summary("summary")
                    .source("source")
                    .check(null)
                    .build())
        .withMessage("check");
    assertThatNullPointerException()
        .isThrownBy(
            () ->
                Rule.builder("r")
                    .severity(null)
                    .summary("summary")
                    .source("source")
                    .check(NOTHING)
                    .build())
        .withMessage("severity");
    assertThatNullPointerException()
        .isThrownBy(
            () ->
                Rule.builder("r")
                    .severity(Severity.INFO)
                    .summary("summary")
                    .source(null)
                    .check(NOTHING)
                    .build())
        .withMessage("source");
    assertThatNullPointerException()
        .isThrownBy(
            () ->
                Rule.builder("r")
                    .severity(Severity.INFO)
                    .summary(null)
                    .source("source")
                    .check(NOTHING)
                    .build());
    assertThatNullPointerException()
        .isThrownBy(
            () ->
                Rule.builder(null)
                    .severity(Severity.INFO)
                    .summary("summary")
                    .source("source")
                    .check(NOTHING)
                    .build());
    assertThatNullPointerException()
        .isThrownBy(
            () ->
                Rule.builder("r")
                    .severity(Severity.INFO)
                    .summary("summary")
                    .source("source")
                    .reads(null)
                    .check(NOTHING)
                    .build())
        .withMessage("reads");
  }

  @Test
  void a_custom_rule_keeps_what_it_was_given() {
    Rule rule =
        Rule.builder("house-rule")
            .severity(Severity.WARNING)
            .summary("Our own rule")
            .source("staff handbook")
            .check(NOTHING)
            .build();

    assertThat(rule.id()).isEqualTo("house-rule");
    assertThat(rule.severity()).isEqualTo(Severity.WARNING);
    assertThat(rule.sources()).isEqualTo(Sources.of(Source.text("staff handbook")));
    assertThat(rule.summary()).isEqualTo(Message.literal("Our own rule"));
    assertThat(rule.summary().format(Language.DANISH)).isEqualTo("Our own rule");
    assertThat(rule).hasToString("house-rule");
    assertThat(rule.severities()).containsExactly(Severity.WARNING);
    assertThat(rule.reads()).isEqualTo(Reads.everything());
  }

  @Test
  void a_custom_rule_may_declare_what_it_reads() {
    Reads reads = Reads.areas(Set.of("working-hours"));
    Rule rule =
        Rule.builder("house-rule")
            .severity(Severity.ERROR)
            .summary("summary")
            .source("source")
            .reads(reads)
            .check(NOTHING)
            .build();

    assertThat(rule.reads()).isEqualTo(reads);
    assertThat(rule.severities()).containsExactly(Severity.ERROR);
  }

  @Test
  void a_rule_reads_everything_and_may_give_any_severity_unless_it_says_otherwise() {
    Rule rule =
        new Rule() {
          @Override
          public String id() {
            return "hand-written";
          }

          @Override
          public Severity severity() {
            return Severity.INFO;
          }

          @Override
          public Message summary() {
            return Message.literal("summary");
          }

          @Override
          public Sources sources() {
            return Sources.of(Source.commonPractice());
          }

          @Override
          public void check(Policy policy, RuleContext context, FindingSink sink) {}
        };

    assertThat(rule.reads()).isEqualTo(Reads.everything());
    assertThat(rule.severities()).containsExactlyInAnyOrder(Severity.values());
  }

  @Test
  void severity_for_a_policy_is_the_listed_severity_by_default() {
    Rule rule =
        Rule.builder("house-rule")
            .severity(Severity.INFO)
            .summary("summary")
            .source("source")
            .check(NOTHING)
            .build();

    assertThat(rule.severityFor(POLICY)).isEqualTo(Severity.INFO);
  }

  @Test
  void a_custom_rule_findings_carry_its_source() {
    Rule rule =
        Rule.builder("house-rule")
            .severity(Severity.WARNING)
            .summary("summary")
            .source("staff handbook, section 4")
            .check((policy, context, sink) -> sink.report(Message.literal("found")))
            .build();

    Report report = Checker.builder().add(rule).build().check(POLICY);

    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.sources().message().format(Language.DANISH))
                  .isEqualTo("staff handbook, section 4");
              assertThat(f.rule()).isEqualTo("house-rule");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
            });
  }

  @Test
  void the_check_receives_the_policy_and_the_checker_context() {
    List<Object> seen = new ArrayList<>();
    Rule rule =
        Rule.builder("house-rule")
            .severity(Severity.INFO)
            .summary("summary")
            .source("source")
            .check(
                (policy, context, sink) -> {
                  seen.add(policy);
                  seen.add(context.today());
                })
            .build();
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

    Checker.builder().add(rule).clock(clock).build().check(POLICY);

    assertThat(seen).containsExactly(POLICY, LocalDate.of(2026, 3, 1));
  }
}
