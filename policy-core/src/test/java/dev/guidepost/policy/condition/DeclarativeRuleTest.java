package dev.guidepost.policy.condition;

import static dev.guidepost.policy.condition.Conditions.all;
import static dev.guidepost.policy.condition.Conditions.country;
import static dev.guidepost.policy.condition.Conditions.is;
import static dev.guidepost.policy.condition.Conditions.missing;
import static dev.guidepost.policy.condition.Conditions.sector;
import static dev.guidepost.policy.model.EmployeeRepresentation.WORKS_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.check.Checker;
import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.Reads;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.source.Source;
import dev.guidepost.policy.source.Sources;
import dev.guidepost.policy.standard.Advocacy;
import dev.guidepost.policy.standard.Connections;
import dev.guidepost.policy.standard.Consultation;
import dev.guidepost.policy.standard.Monitoring;
import dev.guidepost.policy.standard.Review;
import dev.guidepost.policy.standard.Shareable;
import dev.guidepost.policy.standard.Transparency;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DeclarativeRuleTest {
  /** A rule id with texts in the bundles, so that its findings format. */
  private static final String ID = "no-obligation-to-connect";

  private static final String CONSENT = "monitoring-needs-consent";

  private static final Condition EXPECTED = is(Connections.EXPECTED_TO_CONNECT);

  /** A warning about expected connections, to refine in each test. */
  private static DeclarativeRule.Builder rule() {
    return DeclarativeRule.builder(ID).severity(Severity.WARNING).source("seed 000").when(EXPECTED);
  }

  private static Policy policy(Organisation organisation, Decision... decisions) {
    Policy.Builder builder = Policy.builder().organisation(organisation);
    Stream.of(decisions).forEach(builder::decide);
    return builder.build();
  }

  private static Organisation organisation(Country country, Sector sector) {
    return Organisation.builder().name("Acme").country(country).sector(sector).build();
  }

  /** A policy that expects employees to connect, for an organisation in a country and sector. */
  private static Policy expected(Country country, Sector sector) {
    return policy(organisation(country, sector), Connections.expectedToConnect());
  }

  private static List<Finding> findings(DeclarativeRule rule, Policy policy) {
    return Checker.builder().add(rule).build().check(policy).findings();
  }

  private static Finding finding(DeclarativeRule rule, Policy policy) {
    return findings(rule, policy).get(0);
  }

  private static Finding standard(String rule, Organisation organisation, Decision... decisions) {
    return StandardRules.checker().check(policy(organisation, decisions)).findingsOf(rule).get(0);
  }

  private static List<String> facts(Finding finding) {
    return finding.facts().stream().map(Fact::toString).toList();
  }

  @Test
  void the_builder_requires_a_severity_a_source_and_a_condition() {
    assertThatNullPointerException()
        .isThrownBy(() -> DeclarativeRule.builder(ID).source("s").when(EXPECTED).build())
        .withMessage("severity");
    assertThatNullPointerException()
        .isThrownBy(
            () -> DeclarativeRule.builder(ID).severity(Severity.INFO).when(EXPECTED).build())
        .withMessage("source");
    assertThatNullPointerException()
        .isThrownBy(() -> DeclarativeRule.builder(ID).severity(Severity.INFO).source("s").build())
        .withMessage("when");
    assertThatThrownBy(() -> DeclarativeRule.builder("Not Kebab"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kebab-case");
  }

  @Test
  void a_rule_exposes_its_id_texts_source_and_condition() {
    DeclarativeRule rule = rule().build();

    assertThat(rule.id()).isEqualTo(ID);
    assertThat(rule.severity()).isEqualTo(Severity.WARNING);
    assertThat(rule.sources()).isEqualTo(Sources.of(Source.text("seed 000")));
    assertThat(rule.condition()).isSameAs(EXPECTED);
    assertThat(rule.summary()).isEqualTo(Message.of("rule." + ID + ".summary"));
    assertThat(rule.summary().format(Language.DANISH)).isNotBlank().doesNotContain("{");
    assertThat(rule.toString()).startsWith(ID + " when connections in");
  }

  @Test
  void fires_only_when_its_condition_holds_with_its_facts_areas_and_texts() {
    DeclarativeRule rule = rule().suggest(Connections.freeToDecline()).build();
    Finding finding = finding(rule, expected(Country.DK, Sector.GENERAL));

    assertThat(facts(finding)).containsExactly("connections = expected-to-connect");
    assertThat(finding.areas()).containsExactly("connections");
    assertThat(finding.message().key()).isEqualTo("rule." + ID + ".message");
    assertThat(finding.advice()).map(Message::key).contains("rule." + ID + ".advice");
    assertThat(finding.fixes())
        .extracting(s -> s.decisions())
        .containsExactly(List.of(Connections.freeToDecline()));
    assertThat(
            findings(
                rule,
                policy(organisation(Country.DK, Sector.GENERAL), Connections.freeToDecline())))
        .isEmpty();
  }

  @Test
  void the_first_severity_condition_that_holds_wins_and_adds_its_facts() {
    DeclarativeRule rule =
        rule()
            .severityWhen(country(Country.US), Severity.ERROR)
            .severityWhen(sector(Sector.PHARMA), Severity.INFO)
            .build();
    Policy usPharma = expected(Country.US, Sector.PHARMA);
    Policy gbPharma = expected(Country.GB, Sector.PHARMA);
    Policy dkGeneral = expected(Country.DK, Sector.GENERAL);

    assertThat(rule.severityFor(usPharma)).isEqualTo(Severity.ERROR);
    assertThat(facts(finding(rule, usPharma)))
        .containsExactly("connections = expected-to-connect", "country = US");
    assertThat(finding(rule, gbPharma).severity()).isEqualTo(Severity.INFO);
    assertThat(facts(finding(rule, gbPharma)))
        .containsExactly("connections = expected-to-connect", "sector = pharma");
    assertThat(finding(rule, dkGeneral).severity()).isEqualTo(Severity.WARNING);
    assertThat(facts(finding(rule, dkGeneral)))
        .containsExactly("connections = expected-to-connect");
    assertThat(finding(rule, usPharma).areas()).containsExactly("connections");
  }

  @Test
  void the_areas_are_those_of_decision_not_addressed_and_parameter_facts() {
    Condition minutesOnly =
        new Condition() {
          @Override
          public boolean test(Policy policy) {
            return true;
          }

          @Override
          public List<Fact> facts(Policy policy) {
            return List.of(Fact.parameter("working-hours", "minutesPerDay", "30"));
          }

          @Override
          public List<String> areas() {
            return List.of("working-hours");
          }
        };
    Policy policy = expected(Country.DK, Sector.GENERAL);

    Finding missingTone =
        finding(rule().when(all(EXPECTED, missing("tone"), country(Country.DK))).build(), policy);
    Finding minutes = finding(rule().when(minutesOnly).build(), policy);

    assertThat(missingTone.areas()).containsExactly("connections", "tone");
    assertThat(facts(missingTone))
        .containsExactly(
            "connections = expected-to-connect", "tone = not-addressed", "country = DK");
    assertThat(minutes.areas()).containsExactly("working-hours");
  }

  @Test
  void a_rule_without_advice_in_the_bundles_gives_none() {
    DeclarativeRule house =
        DeclarativeRule.builder("house-rule")
            .severity(Severity.INFO)
            .source("house")
            .when(EXPECTED)
            .build();

    Finding finding = finding(house, expected(Country.DK, Sector.GENERAL));

    assertThat(finding.message().key()).isEqualTo("rule.house-rule.message");
    assertThat(finding.advice()).isEmpty();
  }

  @Test
  void a_condition_given_twice_keeps_its_first_severity() {
    Condition us = country(Country.US);
    DeclarativeRule rule =
        rule().severityWhen(us, Severity.ERROR).severityWhen(us, Severity.INFO).build();

    assertThat(rule.severityFor(expected(Country.US, Sector.GENERAL))).isEqualTo(Severity.ERROR);
  }

  @Test
  void advocacy_needs_disclosure_is_an_error_in_the_us_with_the_country_as_a_fact() {
    Decision[] decisions = {Advocacy.encouraged(Shareable.NEWS), Transparency.notRequired()};

    Finding us =
        standard("advocacy-needs-disclosure", organisation(Country.US, Sector.GENERAL), decisions);
    Finding gb =
        standard("advocacy-needs-disclosure", organisation(Country.GB, Sector.GENERAL), decisions);

    assertThat(us.severity()).isEqualTo(Severity.ERROR);
    assertThat(facts(us))
        .containsExactly("advocacy = encouraged", "transparency = not-required", "country = US");
    assertThat(us.message().key()).isEqualTo("rule.advocacy-needs-disclosure.message.US");
    assertThat(gb.severity()).isEqualTo(Severity.WARNING);
    assertThat(facts(gb)).containsExactly("advocacy = encouraged", "transparency = not-required");
    assertThat(gb.message().key()).isEqualTo("rule.advocacy-needs-disclosure.message");
  }

  @Test
  void a_message_case_that_holds_chooses_its_texts_and_adds_its_facts() {
    DeclarativeRule review =
        DeclarativeRule.builder("policy-needs-review")
            .severity(Severity.INFO)
            .source("practice")
            .messageWhen(is(Review.CHECK_BACK), "check-back")
            .messageWhen(is(Review.NONE), "no-text-for-this-case")
            .when(is(Review.NONE, Review.CHECK_BACK))
            .build();
    Organisation acme = Organisation.of("Acme", Country.GB);

    Finding checkBack = finding(review, policy(acme, Review.checkBack()));
    assertThat(checkBack.message().key()).isEqualTo("rule.policy-needs-review.message.check-back");
    assertThat(checkBack.message().format(Language.ENGLISH))
        .contains("check back for changes but sets no regular review")
        .doesNotContain("never reviewed");
    assertThat(checkBack.advice().orElseThrow().key()).isEqualTo("rule.policy-needs-review.advice");
    Finding none = finding(review, policy(acme, Review.none()));
    assertThat(none.message().key()).isEqualTo("rule.policy-needs-review.message");
    assertThat(review.reads()).isEqualTo(Reads.areas(Set.of(Review.ID)));
    assertThatThrownBy(() -> rule().messageWhen(EXPECTED, "Not Kebab"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void policy_needs_review_says_which_case_it_found_in_every_language() {
    Organisation acme = Organisation.of("Acme", Country.DK);
    String rule = "policy-needs-review";
    Finding none = standard(rule, acme, Review.none());
    Finding checkBack = standard(rule, acme, Review.checkBack());
    Finding withoutNotice = standard(rule, acme, Review.changedWithoutNotice());
    Finding missing = standard(rule, acme, Connections.freeToDecline());

    assertThat(none.message().format(Language.ENGLISH)).contains("never reviewed");
    assertThat(checkBack.message().format(Language.ENGLISH))
        .contains("check back")
        .doesNotContain("never");
    assertThat(withoutNotice.message().format(Language.ENGLISH))
        .contains("changed without notice")
        .doesNotContain("never");
    assertThat(missing.message().format(Language.ENGLISH))
        .contains("does not say when it is reviewed")
        .doesNotContain("never");
    for (Language language : Language.standard()) {
      assertThat(
              Stream.of(none, checkBack, withoutNotice, missing)
                  .map(f -> f.message().format(language))
                  .distinct())
          .as("%s", language)
          .hasSize(4)
          .allSatisfy(text -> assertThat(text).isNotBlank().doesNotContain("{"));
    }
  }

  @Test
  void monitoring_waiting_for_the_representatives_is_an_info_with_its_own_message() {
    Decision monitoring = Monitoring.activeMonitoring();
    Decision pending = Consultation.beforeAdoption();
    for (Country country : List.of(Country.NL, Country.DE, Country.DK, Country.NO, Country.SE)) {
      Organisation council =
          Organisation.builder()
              .name("Acme")
              .country(country)
              .employeeRepresentation(WORKS_COUNCIL)
              .build();
      Finding finding = standard(CONSENT, council, monitoring, pending);
      assertThat(finding.severity()).as("%s", country).isEqualTo(Severity.INFO);
      assertThat(finding.message().key())
          .isEqualTo("rule.monitoring-needs-consent.message.before-adoption");
      assertThat(facts(finding)).contains("consultation = before-adoption");
      for (Language language : Language.standard()) {
        assertThat(finding.message().format(language)).isNotBlank().doesNotContain("{");
      }
    }
    Organisation dutchCouncil =
        Organisation.builder()
            .name("Acme")
            .country(Country.NL)
            .employeeRepresentation(WORKS_COUNCIL)
            .build();
    assertThat(
            standard(CONSENT, dutchCouncil, monitoring, Consultation.employeesConsulted())
                .severity())
        .isEqualTo(Severity.ERROR);
    Finding unrepresented =
        standard(CONSENT, Organisation.of("Acme", Country.DK), monitoring, pending);
    assertThat(unrepresented.severity()).isEqualTo(Severity.WARNING);
    assertThat(unrepresented.message().key()).isEqualTo("rule.monitoring-needs-consent.message.DK");
  }

  @Test
  void a_variant_for_country_and_representation_comes_before_the_country_variant() {
    Organisation.Builder dutch = Organisation.builder().name("Acme").country(Country.NL);
    Decision monitoring = Monitoring.activeMonitoring();
    Finding none = standard(CONSENT, dutch.build(), monitoring);
    Finding union =
        standard(
            CONSENT,
            dutch.employeeRepresentation(EmployeeRepresentation.UNION).build(),
            monitoring);

    assertThat(none.message().key()).isEqualTo("rule.monitoring-needs-consent.message.NL.none");
    assertThat(none.message().format(Language.ENGLISH))
        .contains("no employee representatives have approved it", "50 or more employees")
        .doesNotContain("but the works council has not approved it");
    assertThat(none.severity()).isEqualTo(Severity.INFO);
    assertThat(union.message().key()).isEqualTo("rule.monitoring-needs-consent.message.NL.union");
    assertThat(union.message().format(Language.ENGLISH))
        .contains("represented by a union only", "works council, not of a union");
    assertThat(union.severity()).isEqualTo(Severity.WARNING);
    Finding council =
        standard(
            CONSENT,
            dutch.employeeRepresentation(EmployeeRepresentation.WORKS_COUNCIL).build(),
            monitoring);
    assertThat(council.message().key()).isEqualTo("rule.monitoring-needs-consent.message.NL");
    assertThat(council.severity()).isEqualTo(Severity.ERROR);
    for (Language language : Language.standard()) {
      assertThat(none.message().format(language)).isNotBlank().doesNotContain("{");
    }
  }

  @Test
  void advice_has_country_variants_where_the_law_asks_for_notice_discussion_or_negotiation() {
    Decision monitoring = Monitoring.activeMonitoring();
    for (Country country : List.of(Country.DK, Country.NO, Country.SE)) {
      Finding finding =
          standard(
              CONSENT, Organisation.builder().name("Acme").country(country).build(), monitoring);
      assertThat(finding.advice())
          .map(Message::key)
          .contains("rule.monitoring-needs-consent.advice." + country.code());
    }
    Finding danish =
        standard(
            CONSENT, Organisation.builder().name("Acme").country(Country.DK).build(), monitoring);
    assertThat(danish.advice().orElseThrow().format(Language.ENGLISH)).contains("six weeks");
    Finding french =
        standard(
            CONSENT,
            Organisation.builder().name("Acme").country(Country.of("FR")).build(),
            monitoring);
    assertThat(french.advice()).map(Message::key).contains("rule.monitoring-needs-consent.advice");
  }

  @Test
  void a_country_variant_of_the_message_is_used_for_that_country_only() {
    Organisation.Builder represented =
        Organisation.builder().name("Acme").employeeRepresentation(WORKS_COUNCIL);
    Decision monitoring = Monitoring.activeMonitoring();
    Finding nl = standard(CONSENT, represented.country(Country.NL).build(), monitoring);
    Finding fr = standard(CONSENT, represented.country(Country.of("FR")).build(), monitoring);

    assertThat(nl.message().key()).isEqualTo("rule.monitoring-needs-consent.message.NL");
    assertThat(nl.message().format(Language.ENGLISH)).contains("Netherlands");
    assertThat(nl.severity()).isEqualTo(Severity.ERROR);
    assertThat(facts(nl))
        .containsExactly(
            "monitoring = active-monitoring",
            "consultation = not-addressed",
            "country = NL",
            "employee-representation = works-council");
    assertThat(fr.message().key()).isEqualTo("rule.monitoring-needs-consent.message");
    assertThat(fr.message().format(Language.ENGLISH)).doesNotContain("Netherlands");
    assertThat(fr.severity()).isEqualTo(Severity.WARNING);
    for (Language language : Language.standard()) {
      assertThat(nl.message().format(language)).isNotBlank().doesNotContain("{");
      assertThat(fr.message().format(language)).isNotBlank().doesNotContain("{");
    }
  }

  @Test
  void a_dynamic_suggestion_that_returns_no_decisions_adds_nothing() {
    DeclarativeRule rule =
        rule()
            .suggest(policy -> List.of())
            .suggest(policy -> List.of(Connections.managersDoNotInitiate()))
            .build();

    assertThat(finding(rule, expected(Country.DK, Sector.GENERAL)).suggestions())
        .singleElement()
        .satisfies(
            s -> assertThat(s.decisions()).containsExactly(Connections.managersDoNotInitiate()));
  }

  @Test
  void reads_the_areas_of_its_conditions_and_lists_its_severities() {
    DeclarativeRule rule =
        rule()
            .when(all(is(Advocacy.ENCOURAGED), missing(Transparency.ID)))
            .severityWhen(is(Monitoring.ACTIVE_MONITORING), Severity.ERROR)
            .severityWhen(country(Country.US), Severity.INFO)
            .build();

    assertThat(rule.reads())
        .isEqualTo(Reads.areas(Set.of(Advocacy.ID, Transparency.ID, Monitoring.ID)));
    assertThat(rule.severities())
        .containsExactlyInAnyOrder(Severity.WARNING, Severity.ERROR, Severity.INFO);
    assertThat(rule().build().reads()).isEqualTo(Reads.areas(Set.of(Connections.ID)));
    assertThat(rule().build().severities()).containsExactly(Severity.WARNING);
  }
}
