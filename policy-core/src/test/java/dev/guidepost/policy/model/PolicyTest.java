package dev.guidepost.policy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyTest {
  private static final Organisation ACME = Organisation.of("Acme A/S", Country.DK);
  private static final Option PROHIBITED = Option.of("working-hours", "prohibited");
  private static final Option TIME_LIMITED =
      Option.of("working-hours", "time-limited", Parameter.integer("minutesPerDay", 1, 480));
  private static final Option EVERY =
      Option.of("review", "every", Parameter.integer("months", 1, 60));

  private static Policy.Builder acme() {
    return Policy.builder().organisation(ACME);
  }

  @Test
  void a_minimal_policy_has_defaults_and_nothing_else() {
    Policy policy = acme().build();
    assertThat(policy.organisation()).isEqualTo(ACME);
    assertThat(policy.decisions()).isEmpty();
    assertThat(policy.customClauses()).isEmpty();
    assertThat(policy.version()).isEmpty();
    assertThat(policy.effectiveFrom()).isEmpty();
    assertThat(policy.owner()).isEmpty();
  }

  @Test
  void
      languages_default_to_the_five_standard_languages_with_the_countrys_first_and_authoritative() {
    Policy policy = acme().build();
    assertThat(policy.languages())
        .containsExactly(
            Language.DANISH,
            Language.ENGLISH,
            Language.SWEDISH,
            Language.NORWEGIAN,
            Language.DUTCH);
    assertThat(policy.authoritativeLanguage()).isEqualTo(Language.DANISH);
    Policy german = Policy.builder().organisation(Organisation.of("Acme GmbH", Country.DE)).build();
    assertThat(german.languages()).isEqualTo(Language.standard());
    assertThat(german.authoritativeLanguage()).isEqualTo(Language.ENGLISH);
  }

  @Test
  void the_authoritative_language_defaults_to_the_first_language_given() {
    Policy policy = acme().addLanguages(Language.DANISH, Language.ENGLISH).build();
    assertThat(policy.languages()).containsExactly(Language.DANISH, Language.ENGLISH);
    assertThat(policy.authoritativeLanguage()).isEqualTo(Language.DANISH);
  }

  @Test
  void accepts_an_authoritative_language_among_the_languages() {
    Policy policy =
        acme()
            .addLanguages(Language.DANISH, Language.ENGLISH)
            .authoritativeLanguage(Language.ENGLISH)
            .build();
    assertThat(policy.authoritativeLanguage()).isEqualTo(Language.ENGLISH);
  }

  @Test
  void rejects_an_authoritative_language_not_among_the_languages() {
    assertThatThrownBy(
            () ->
                acme()
                    .addLanguages(Language.DANISH, Language.ENGLISH)
                    .authoritativeLanguage(Language.SWEDISH)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("authoritative language sv is not among")
        .hasMessageContaining("[da, en]");
  }

  @Test
  void rejects_repeated_languages() {
    assertThatThrownBy(() -> acme().addLanguages(Language.DANISH, Language.DANISH).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("distinct");
  }

  @Test
  void rejects_no_languages() {
    assertThatThrownBy(() -> acme().languages(List.of()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one");
  }

  @Test
  void rejects_no_languages_with_an_authoritative_language_given() {
    assertThatThrownBy(
            () -> acme().languages(List.of()).authoritativeLanguage(Language.ENGLISH).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one");
  }

  @Test
  void accepts_a_semantic_version() {
    for (String version : new String[] {"1.2.0", "0.0.1", "10.20.30", "1.0.0-rc.1+build.5"}) {
      assertThat(acme().version(version).build().version()).as(version).contains(version);
      assertThat(Policy.isSemanticVersion(version)).as(version).isTrue();
    }
  }

  @Test
  void rejects_a_version_that_is_not_semantic() {
    for (String version : new String[] {"1.2", "v1.2.0", "01.2.0", "1.2.0.0", "", "1.2.x"}) {
      assertThat(Policy.isSemanticVersion(version)).as(version).isFalse();
      assertThatThrownBy(() -> acme().version(version).build())
          .as(version)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("semantic")
          .hasMessageContaining("'" + version + "'");
    }
  }

  @Test
  void rejects_a_blank_owner() {
    assertThatThrownBy(() -> acme().owner(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the owner must not be blank");
  }

  @Test
  void keeps_the_metadata_given() {
    Clause clause = Clause.builder().area("tone").putText(Language.ENGLISH, "Be kind.").build();
    Policy policy =
        acme()
            .effectiveFrom(LocalDate.of(2027, 1, 1))
            .owner("hr@acme.example")
            .addCustomClause(clause)
            .build();
    assertThat(policy.effectiveFrom()).contains(LocalDate.of(2027, 1, 1));
    assertThat(policy.owner()).contains("hr@acme.example");
    assertThat(policy.customClauses()).containsExactly(clause);
  }

  @Test
  void decide_records_decisions_by_area_in_the_order_made() {
    Decision review = Decision.of(EVERY).withValue("months", ParameterValue.ofInteger(12));
    Policy policy = acme().decide(review).decide(Decision.of(PROHIBITED)).build();
    assertThat(policy.decisions()).containsOnlyKeys("review", "working-hours");
    assertThat(policy.decisions().keySet()).containsExactly("review", "working-hours");
    assertThat(policy.decision("review")).contains(review);
    assertThat(policy.decision("tone")).isEmpty();
  }

  @Test
  void decide_replaces_an_earlier_decision_for_the_same_area() {
    Decision limited =
        Decision.of(TIME_LIMITED).withValue("minutesPerDay", ParameterValue.ofInteger(30));
    Policy policy = acme().decide(Decision.of(PROHIBITED)).decide(limited).build();
    assertThat(policy.decisions()).hasSize(1);
    assertThat(policy.decision("working-hours")).contains(limited);
  }

  @Test
  void rejects_a_decision_filed_under_another_area() {
    assertThatThrownBy(() -> acme().putDecision("review", Decision.of(PROHIBITED)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the decision under 'review' is about 'working-hours'");
  }

  @Test
  void accepts_a_decision_that_is_wrong_but_well_formed() {
    Decision tooLong =
        Decision.of(TIME_LIMITED).withValue("minutesPerDay", ParameterValue.ofInteger(600));
    Policy policy = acme().decide(tooLong).decide(Decision.of(EVERY)).build();
    assertThat(policy.decision("working-hours")).contains(tooLong);
    assertThat(policy.decision("review")).contains(Decision.of(EVERY));
  }

  @Test
  void to_builder_copies_the_policy() {
    Policy policy = acme().version("1.0.0").decide(Decision.of(PROHIBITED)).build();
    assertThat(policy.toBuilder().build()).isEqualTo(policy);
    Policy changed = policy.toBuilder().decide(Decision.of(EVERY)).build();
    assertThat(changed.decisions()).hasSize(2);
    assertThat(policy.decisions()).hasSize(1);
  }

  @Test
  void policies_with_the_same_content_are_equal() {
    Policy a = acme().version("1.2.0").decide(Decision.of(PROHIBITED)).build();
    Policy b = acme().version("1.2.0").decide(Decision.of(PROHIBITED)).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(acme().version("1.2.1").decide(Decision.of(PROHIBITED)).build());
    assertThat(a).isNotEqualTo(acme().version("1.2.0").build());
    assertThat(acme().build())
        .isEqualTo(
            acme()
                .languages(Language.standardFor(Country.DK))
                .authoritativeLanguage(Language.DANISH)
                .build());
  }
}
