package dev.guidepost.policy.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.message.MessageBundle;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.source.Source;
import dev.guidepost.policy.source.Sources;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeCheckerTest {
  private static final Sources SOURCES = Sources.of(Source.practice("Test practice"));

  /** A rule that finds something in every country but Norway. */
  private record Everywhere(String id, Message message) implements ChangeRule {
    @Override
    public Sources sources() {
      return SOURCES;
    }

    @Override
    public Optional<Verdict> judge(Policy older, Policy newer, Organisation organisation) {
      assertThat(organisation.otherCountries()).isEmpty();
      return organisation.country().equals(Country.NO)
          ? Optional.empty()
          : Optional.of(new Verdict(Severity.WARNING, message));
    }
  }

  private static final Policy POLICY =
      Policy.builder()
          .organisation(
              Organisation.builder()
                  .name("Acme")
                  .country(Country.DK)
                  .addOtherCountries(Country.NO, Country.SE)
                  .build())
          .build();

  @Test
  void each_rule_judges_each_country_and_its_findings_carry_its_id_and_sources() {
    ChangeChecker checker =
        ChangeChecker.of(
            List.of(
                new Everywhere("first", Message.of("area.monitoring")),
                new Everywhere("second", Message.literal("Second."))),
            List.of("monitoring"));
    List<Finding> findings = checker.check(POLICY, POLICY);

    assertThat(findings)
        .extracting(Finding::rule)
        .containsExactly("first", "first", "second", "second");
    assertThat(findings.get(0).sources()).isEqualTo(SOURCES);
    assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(findings.get(0).facts())
        .containsExactly(
            Fact.of(Fact.Kind.NOT_ADDRESSED, "monitoring", "not-addressed"),
            Fact.of(Fact.Kind.COUNTRY, "country", "DK"));
    assertThat(findings.get(1).facts()).contains(Fact.of(Fact.Kind.COUNTRY, "country", "SE"));
    assertThat(findings.get(0).message().bundle()).isPresent();
    assertThat(findings.get(0).message().format(Language.DANISH)).isEqualTo("Overvågning");
    assertThat(findings.get(2).message().bundle()).isEmpty();
    assertThat(findings.get(2).message().format(Language.DANISH)).isEqualTo("Second.");
  }

  @Test
  void a_message_bound_to_its_own_bundle_stays_bound() {
    MessageBundle own = MessageBundle.builder().put(Language.ENGLISH, "own.key", "Own.").build();
    Message message = Message.of("own.key").in(own);
    List<Finding> findings =
        ChangeChecker.of(List.of(new Everywhere("own", message)), List.of()).check(POLICY, POLICY);
    assertThat(findings.get(0).message().format(Language.ENGLISH)).isEqualTo("Own.");
    assertThat(findings.get(0).areas()).isEmpty();
  }

  @Test
  void rules_need_distinct_kebab_case_ids_and_areas() {
    Message message = Message.literal("x");
    assertThatThrownBy(
            () ->
                ChangeChecker.of(
                    List.of(new Everywhere("same", message), new Everywhere("same", message)),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two change rules have the id 'same'");
    assertThatThrownBy(
            () -> ChangeChecker.of(List.of(new Everywhere("Bad Id", message)), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ChangeChecker.of(List.of(), List.of("Not An Area")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void a_verdict_needs_a_severity_and_a_message() {
    assertThatThrownBy(() -> new ChangeRule.Verdict(null, Message.literal("x")))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new ChangeRule.Verdict(Severity.INFO, null))
        .isInstanceOf(NullPointerException.class);
  }
}
