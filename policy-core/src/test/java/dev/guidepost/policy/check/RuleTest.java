package dev.guidepost.policy.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
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
    assertThat(Rule.of(id, Severity.INFO, "summary", "source", NOTHING).id()).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Not Kebab", "House-rule", "house_rule", "-rule", "rule-", "a--b"})
  void rejects_an_id_that_is_not_kebab_case(String id) {
    assertThatThrownBy(() -> Rule.of(id, Severity.INFO, "summary", "source", NOTHING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kebab-case")
        .hasMessageContaining("'" + id + "'");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void requires_every_argument() {
    assertThatNullPointerException()
        .isThrownBy(() -> Rule.of("r", Severity.INFO, "summary", "source", null))
        .withMessage("check");
    assertThatNullPointerException()
        .isThrownBy(() -> Rule.of("r", null, "summary", "source", NOTHING))
        .withMessage("severity");
    assertThatNullPointerException()
        .isThrownBy(() -> Rule.of("r", Severity.INFO, "summary", null, NOTHING))
        .withMessage("source");
    assertThatNullPointerException()
        .isThrownBy(() -> Rule.of("r", Severity.INFO, null, "source", NOTHING));
    assertThatNullPointerException()
        .isThrownBy(() -> Rule.of(null, Severity.INFO, "summary", "source", NOTHING));
    assertThatNullPointerException()
        .isThrownBy(() -> Rule.of("r", Severity.INFO, "summary", "source", null, NOTHING))
        .withMessage("reads");
  }

  @Test
  void a_custom_rule_keeps_what_it_was_given() {
    Rule rule = Rule.of("house-rule", Severity.WARNING, "Our own rule", "staff handbook", NOTHING);

    assertThat(rule.id()).isEqualTo("house-rule");
    assertThat(rule.severity()).isEqualTo(Severity.WARNING);
    assertThat(rule.source()).isEqualTo("staff handbook");
    assertThat(rule.summary()).isEqualTo(Message.literal("Our own rule"));
    assertThat(rule.summary().format(Language.DANISH)).isEqualTo("Our own rule");
    assertThat(rule).hasToString("house-rule");
    assertThat(rule.severities()).containsExactly(Severity.WARNING);
    assertThat(rule.reads()).isEqualTo(Reads.everything());
  }

  @Test
  void a_custom_rule_may_declare_what_it_reads() {
    Reads reads = Reads.areas(Set.of("working-hours"));
    Rule rule = Rule.of("house-rule", Severity.ERROR, "summary", "source", reads, NOTHING);

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
          public String source() {
            return "source";
          }

          @Override
          public void check(Policy policy, RuleContext context, FindingSink sink) {}
        };

    assertThat(rule.reads()).isEqualTo(Reads.everything());
    assertThat(rule.severities()).containsExactlyInAnyOrder(Severity.values());
  }

  @Test
  void severity_for_a_policy_is_the_listed_severity_by_default() {
    Rule rule = Rule.of("house-rule", Severity.INFO, "summary", "source", NOTHING);

    assertThat(rule.severityFor(POLICY)).isEqualTo(Severity.INFO);
  }

  @Test
  void a_custom_rule_findings_carry_its_source() {
    Rule rule =
        Rule.of(
            "house-rule",
            Severity.WARNING,
            "summary",
            "staff handbook, section 4",
            (policy, context, sink) -> sink.report(Message.literal("found")));

    Report report = Checker.builder().add(rule).build().check(POLICY);

    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.source()).isEqualTo("staff handbook, section 4");
              assertThat(f.rule()).isEqualTo("house-rule");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
            });
  }

  @Test
  void the_check_receives_the_policy_and_the_checker_context() {
    List<Object> seen = new ArrayList<>();
    Rule rule =
        Rule.of(
            "house-rule",
            Severity.INFO,
            "summary",
            "source",
            (policy, context, sink) -> {
              seen.add(policy);
              seen.add(context.today());
            });
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

    Checker.builder().add(rule).clock(clock).build().check(POLICY);

    assertThat(seen).containsExactly(POLICY, LocalDate.of(2026, 3, 1));
  }
}
