package dev.guidepost.policy.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.message.Labels;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.source.Source;
import dev.guidepost.policy.source.Sources;
import dev.guidepost.policy.standard.Advocacy;
import dev.guidepost.policy.standard.Connections;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.policy.standard.Review;
import dev.guidepost.policy.standard.Shareable;
import dev.guidepost.policy.standard.WorkingHours;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckerTest {
  private static final String BAN = "advocacy-vs-working-hours-ban";
  private static final Organisation ACME = Organisation.of("Acme A/S", Country.DK);

  /** The brief's example: encouraged advocacy and a working-hours ban, in Denmark. */
  private static final Policy EXAMPLE =
      Policy.builder()
          .organisation(ACME)
          .decide(Advocacy.encouraged(Shareable.NEWS, Shareable.JOB_POSTINGS))
          .decide(WorkingHours.prohibited())
          .build();

  @Test
  void the_brief_example_gives_a_warning_with_its_facts_and_a_verified_fix() {
    List<Finding> findings = StandardRules.checker().check(EXAMPLE).findingsOf(BAN);

    assertThat(findings).hasSize(1);
    Finding finding = findings.get(0);
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.areas()).containsExactly("advocacy", "working-hours");
    assertThat(finding.facts())
        .extracting(Fact::toString)
        .containsExactly("advocacy = encouraged", "working-hours = prohibited");
    assertThat(finding.fixes()).isNotEmpty();
    assertThat(finding.fixes().get(0).decisions()).containsExactly(WorkingHours.workRelatedOnly());
    Policy fixed = finding.fixes().get(0).applyTo(EXAMPLE);
    assertThat(StandardRules.checker().check(fixed).findingsOf(BAN)).isEmpty();
  }

  @Test
  void the_brief_example_formats_in_every_language() {
    Finding finding = StandardRules.checker().check(EXAMPLE).findingsOf(BAN).get(0);
    for (Language language : Language.standard()) {
      assertThat(finding.message().format(language)).isNotBlank().doesNotContain("{");
      assertThat(finding.advice().orElseThrow().format(language)).isNotBlank();
      assertThat(finding.severity().label().format(language)).isNotBlank();
      for (Fact fact : finding.facts()) {
        assertThat(fact.message().format(language)).isNotBlank().doesNotContain("{");
      }
      for (Suggestion fix : finding.fixes()) {
        assertThat(fix.messages()).allSatisfy(m -> assertThat(m.format(language)).isNotBlank());
      }
      assertThat(StandardRules.checker().check(EXAMPLE).describe(language))
          .contains("[" + BAN + "]");
    }
    assertThat(finding.facts().get(0).message().format(Language.ENGLISH))
        .startsWith(Labels.area("advocacy").format(Language.ENGLISH) + ": ");
  }

  @Test
  void a_custom_rule_made_of_a_lambda_reports_with_its_id_severity_and_source() {
    Rule rule =
        Rule.builder("no-connection-duty")
            .severity(Severity.WARNING)
            .summary("No one must connect")
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
                                        Fact.of(
                                            Fact.Kind.DECISION, Connections.ID, d.option().id()))
                                    .suggest(List.of(Connections.freeToDecline()))))
            .build();
    Checker checker = Checker.builder().add(rule).build();
    Policy policy = policy(Connections.expectedToConnect());

    Finding finding = checker.check(policy).findingsOf("no-connection-duty").get(0);

    assertThat(checker.rules()).containsExactly(rule);
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.sources()).isEqualTo(Sources.of(Source.text("house rule")));
    assertThat(finding.message().format(Language.DANISH)).isEqualTo("Do not expect connections");
    assertThat(finding.fixes()).hasSize(1);
    assertThat(checker.check(policy(Connections.freeToDecline())).findings()).isEmpty();
    assertThatThrownBy(() -> Checker.builder().add(rule).add(rule))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                Rule.builder("Not Kebab")
                    .severity(Severity.INFO)
                    .summary("x")
                    .source("y")
                    .check((p, c, s) -> {})
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void remove_drops_a_rule() {
    Checker checker = StandardRules.checker().toBuilder().remove(BAN).build();
    assertThat(checker.rule(BAN)).isEmpty();
    assertThat(checker.rules()).hasSize(StandardRules.checker().rules().size() - 1);
    assertThat(checker.check(EXAMPLE).findingsOf(BAN)).isEmpty();
    assertThat(StandardRules.checker().rule(BAN)).isPresent();
  }

  @Test
  void suppress_keeps_the_rule_listed_but_drops_its_findings() {
    Checker checker = StandardRules.checker().toBuilder().suppress(BAN).build();
    assertThat(checker.rule(BAN)).isPresent();
    assertThat(checker.check(EXAMPLE).findingsOf(BAN)).isEmpty();
    assertThat(checker.toBuilder().build().check(EXAMPLE).findingsOf(BAN)).isEmpty();
  }

  @Test
  void a_warning_raised_to_an_error_blocks_validation() {
    Checker checker = StandardRules.checker().toBuilder().severity(BAN, Severity.ERROR).build();
    assertThat(checker.toBuilder().build().check(EXAMPLE).findingsOf(BAN))
        .extracting(Finding::severity)
        .containsOnly(Severity.ERROR);
    StandardRules.checker().validate(EXAMPLE);

    assertThatThrownBy(() -> checker.validate(EXAMPLE))
        .isInstanceOfSatisfying(
            InvalidPolicyException.class,
            e -> {
              assertThat(e.report().errors()).extracting(Finding::rule).containsExactly(BAN);
              assertThat(e.getMessage()).contains(BAN);
            });
  }

  @Test
  void unknown_rule_ids_are_rejected() {
    Checker.Builder builder = StandardRules.checker().toBuilder();
    assertThatThrownBy(() -> builder.remove("no-such-rule"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.suppress("no-such-rule"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.severity("no-such-rule", Severity.ERROR))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StandardRules.checker().fix(EXAMPLE, "no-such-rule"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-rule");
  }

  @Test
  void validate_returns_a_validated_policy_for_a_preset() {
    Policy policy = Preset.BALANCED.policyFor(ACME);
    ValidatedPolicy validated = StandardRules.checker().validate(policy);
    assertThat(validated.policy()).isEqualTo(policy);
    assertThat(validated.report().hasErrors()).isFalse();
    assertThat(validated.report()).isEqualTo(StandardRules.checker().check(policy));
  }

  @Test
  void fix_applies_verified_fixes_until_none_is_left() {
    Policy policy = EXAMPLE.toBuilder().decide(Connections.expectedToConnect()).build();
    Policy fixed = StandardRules.checker().fix(policy);
    Report report = StandardRules.checker().check(fixed);
    assertThat(report.findingsOf(BAN)).isEmpty();
    assertThat(report.findingsOf("no-obligation-to-connect")).isEmpty();
    assertThat(report.findings()).allSatisfy(f -> assertThat(f.fixes()).isEmpty());
  }

  @Test
  void fix_of_one_rule_leaves_the_other_findings_alone() {
    Policy policy = EXAMPLE.toBuilder().decide(Connections.expectedToConnect()).build();
    Policy fixed = StandardRules.checker().fix(policy, "no-obligation-to-connect");
    assertThat(fixed.decision(Connections.ID)).contains(Connections.freeToDecline());
    assertThat(fixed.decision(WorkingHours.ID)).contains(WorkingHours.prohibited());
    assertThat(StandardRules.checker().check(fixed).findingsOf(BAN)).hasSize(1);
    Policy clean = policy(Connections.freeToDecline());
    assertThat(StandardRules.checker().fix(clean, BAN)).isEqualTo(clean);
  }

  @Test
  void review_overdue_reads_the_checker_clock() {
    Policy policy =
        Policy.builder()
            .organisation(ACME)
            .effectiveFrom(LocalDate.of(2025, 11, 21))
            .decide(Review.every(12))
            .build();
    LocalDate due = LocalDate.of(2026, 11, 21);

    assertThat(at(due.plusDays(1)).check(policy).findingsOf("review-overdue"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.message().format(Language.ENGLISH)).contains("21 November 2026");
            });
    assertThat(at(due).check(policy).findingsOf("review-overdue")).isEmpty();
    assertThat(at(due.minusDays(1)).check(policy).findingsOf("review-overdue")).isEmpty();
  }

  private static Checker at(LocalDate today) {
    Instant noon = today.atTime(12, 0).toInstant(ZoneOffset.UTC);
    return StandardRules.checker().toBuilder().clock(Clock.fixed(noon, ZoneOffset.UTC)).build();
  }

  private static Policy policy(Decision decision) {
    return Policy.builder().organisation(ACME).decide(decision).build();
  }
}
