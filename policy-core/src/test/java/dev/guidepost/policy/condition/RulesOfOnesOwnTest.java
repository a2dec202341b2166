package dev.guidepost.policy.condition;

import static dev.guidepost.policy.condition.Conditions.all;
import static dev.guidepost.policy.condition.Conditions.country;
import static dev.guidepost.policy.condition.Conditions.is;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.check.Checker;
import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.InvalidPolicyException;
import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.message.Labels;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.message.MessageBundle;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.policy.standard.WorkingHours;
import org.junit.jupiter.api.Test;

/**
 * An organisation's own rules bring their own texts, in the languages it writes, through the
 * checker's message bundle: their findings format, and their errors make {@code validate} throw
 * {@link InvalidPolicyException}.
 */
class RulesOfOnesOwnTest {
  private static final Organisation ACME = Organisation.of("Acme A/S", Country.DK);

  /** Acme's texts, in English and Danish only. */
  private static final MessageBundle ACME_TEXTS =
      MessageBundle.builder()
          .put(Language.ENGLISH, "rule.our-breaks.summary", "Breaks are for social media")
          .put(Language.ENGLISH, "rule.our-breaks.message", "At Acme, breaks are free: {country}.")
          .put(Language.ENGLISH, "rule.our-breaks.message.DK", "At Acme Denmark, breaks are free.")
          .put(Language.ENGLISH, "rule.our-breaks.advice", "Allow social media in breaks.")
          .put(Language.DANISH, "rule.our-breaks.summary", "Pauser er til sociale medier")
          .put(Language.DANISH, "rule.our-breaks.message", "Hos Acme er pauser frie: {country}.")
          .put(Language.DANISH, "rule.our-breaks.message.DK", "Hos Acme Danmark er pauser frie.")
          .put(Language.DANISH, "rule.our-breaks.advice", "Tillad sociale medier i pauserne.")
          .put(Language.ENGLISH, "acme.no-ban", "{area} may not be a ban at Acme.")
          .put(Language.DANISH, "acme.no-ban", "{area} må ikke være et forbud hos Acme.")
          .build();

  private static final Rule DECLARATIVE =
      DeclarativeRule.builder("our-breaks")
          .severity(Severity.ERROR)
          .source("Acme house rule 4")
          .when(all(is(WorkingHours.PROHIBITED), country(Country.DK, Country.SE)))
          .suggest(WorkingHours.breaksOnly())
          .build();

  private static final Rule LAMBDA =
      Rule.builder("our-no-ban")
          .severity(Severity.ERROR)
          .summary("No ban at Acme")
          .source("Acme house rule 5")
          .check(
              (policy, context, sink) -> {
                if (policy
                    .decision(WorkingHours.ID)
                    .filter(d -> d.is(WorkingHours.PROHIBITED))
                    .isPresent()) {
                  sink.report(Message.of("acme.no-ban", "area", Labels.area(WorkingHours.ID)))
                      .area(WorkingHours.ID);
                }
              })
          .build();

  private static final Checker CHECKER =
      StandardRules.checker().toBuilder().add(DECLARATIVE).add(LAMBDA).messages(ACME_TEXTS).build();

  private static Policy banned(Organisation organisation) {
    return Preset.BALANCED.policyFor(organisation).toBuilder()
        .decide(WorkingHours.prohibited())
        .build();
  }

  @Test
  void a_declarative_rule_of_ones_own_formats_in_its_own_languages() {
    Finding finding = CHECKER.check(banned(ACME)).findingsOf("our-breaks").get(0);

    assertThat(finding.message().format(Language.ENGLISH))
        .isEqualTo("At Acme Denmark, breaks are free.");
    assertThat(finding.message().format(Language.DANISH))
        .isEqualTo("Hos Acme Danmark er pauser frie.");
    assertThat(finding.advice().orElseThrow().format(Language.DANISH))
        .isEqualTo("Tillad sociale medier i pauserne.");
    assertThat(CHECKER.messages().format(DECLARATIVE.summary(), Language.DANISH))
        .isEqualTo("Pauser er til sociale medier");
    assertThat(finding.fixes()).hasSize(1);
  }

  @Test
  void the_general_text_serves_a_country_without_a_variant() {
    Organisation sweden = Organisation.of("Acme AB", Country.SE);
    Finding finding = CHECKER.check(banned(sweden)).findingsOf("our-breaks").get(0);

    assertThat(finding.message().format(Language.ENGLISH))
        .isEqualTo("At Acme, breaks are free: SE.");
  }

  @Test
  void a_lambda_rule_of_ones_own_formats_in_its_own_languages_with_standard_names() {
    Finding finding = CHECKER.check(banned(ACME)).findingsOf("our-no-ban").get(0);

    assertThat(finding.message().format(Language.ENGLISH))
        .isEqualTo("Social media during working hours may not be a ban at Acme.");
    assertThat(finding.message().format(Language.DANISH))
        .startsWith(Labels.area(WorkingHours.ID).format(Language.DANISH))
        .endsWith(" må ikke være et forbud hos Acme.");
  }

  @Test
  void a_language_the_texts_lack_falls_back_to_english_and_standard_names_stay_translated() {
    Finding finding = CHECKER.check(banned(ACME)).findingsOf("our-no-ban").get(0);

    assertThat(finding.message().format(Language.SWEDISH))
        .isEqualTo("Sociala medier under arbetstid may not be a ban at Acme.");
  }

  @Test
  void validate_throws_invalid_policy_exception_listing_their_errors() {
    assertThatThrownBy(() -> CHECKER.validate(banned(ACME)))
        .isInstanceOf(InvalidPolicyException.class)
        .hasMessageContaining("Error [our-breaks] At Acme Denmark, breaks are free.")
        .hasMessageContaining(
            "Error [our-no-ban] Social media during working hours may not be a ban at Acme.");
  }

  @Test
  void the_report_describes_in_danish_with_the_checkers_texts() {
    Report report = CHECKER.check(banned(ACME));

    assertThat(report.messages()).isEqualTo(CHECKER.messages());
    assertThat(report.describe(Language.DANISH)).contains("[our-breaks] Hos Acme Danmark");
  }

  @Test
  void without_the_texts_a_finding_names_the_missing_key_and_validate_still_throws_its_own() {
    Checker bare = StandardRules.checker().toBuilder().add(DECLARATIVE).build();

    Finding finding = bare.check(banned(ACME)).findingsOf("our-breaks").get(0);

    assertThatThrownBy(() -> finding.message().format(Language.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no message has the key 'rule.our-breaks.message'");
    assertThat(StandardRules.checker().messages()).isSameAs(MessageBundle.standard());
    assertThat(CHECKER.toBuilder().build().messages()).isEqualTo(CHECKER.messages());
  }
}
