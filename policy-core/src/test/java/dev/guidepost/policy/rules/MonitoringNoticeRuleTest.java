package dev.guidepost.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.check.ChangeChecker;
import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Revision;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.source.Source;
import dev.guidepost.policy.standard.Consultation;
import dev.guidepost.policy.standard.Monitoring;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@code monitoring-change-notice}: per country and representation at the limit and one day before
 * it, the changes that widen monitoring and those that do not, and a missing announcement.
 */
class MonitoringNoticeRuleTest {
  private static final ChangeChecker CHECKER = StandardRules.changeChecker();
  private static final LocalDate EFFECTIVE = LocalDate.of(2027, 3, 1);

  private static Organisation organisation(
      Country country, EmployeeRepresentation representation, Sector sector) {
    return Organisation.builder()
        .name("Acme")
        .country(country)
        .employeeRepresentation(representation)
        .sector(sector)
        .build();
  }

  private static Organisation organisation(Country country, EmployeeRepresentation representation) {
    return organisation(country, representation, Sector.GENERAL);
  }

  private static Policy older(Organisation organisation, @Nullable Decision monitoring) {
    Policy.Builder policy =
        Policy.builder()
            .organisation(organisation)
            .addHistory(revision("1.0.0", LocalDate.of(2026, 1, 1), null));
    if (monitoring != null) {
      policy.decide(monitoring);
    }
    return policy.build();
  }

  private static Policy newer(
      Organisation organisation, @Nullable Decision monitoring, @Nullable LocalDate announced) {
    Policy.Builder policy =
        Policy.builder()
            .organisation(organisation)
            .addHistory(
                revision("1.0.0", LocalDate.of(2026, 1, 1), null),
                revision("2.0.0", EFFECTIVE, announced));
    if (monitoring != null) {
      policy.decide(monitoring);
    }
    return policy.build();
  }

  private static Revision revision(
      String version, LocalDate effective, @Nullable LocalDate announced) {
    Revision.Builder revision =
        Revision.builder()
            .version(version)
            .effectiveFrom(effective)
            .putSummary(Language.ENGLISH, "Version " + version + ".");
    if (announced != null) {
      revision.announced(announced);
    }
    return revision.build();
  }

  /** The findings of a change from no monitoring to public content, announced days before. */
  private static List<Finding> widened(Organisation organisation, int daysBefore) {
    return CHECKER.check(
        older(organisation, Monitoring.none()),
        newer(organisation, Monitoring.publicContentOnly(), EFFECTIVE.minusDays(daysBefore)));
  }

  private static void assertOne(List<Finding> findings, Severity severity, String variant) {
    assertThat(findings).hasSize(1);
    Finding finding = findings.get(0);
    assertThat(finding.rule()).isEqualTo("monitoring-change-notice");
    assertThat(finding.severity()).isEqualTo(severity);
    assertThat(finding.areas()).containsExactly("monitoring");
    assertThat(finding.message().key())
        .isEqualTo("rule.monitoring-change-notice.message." + variant);
    for (Language language : Language.standard()) {
      assertThat(finding.message().format(language))
          .as("%s in %s", variant, language)
          .doesNotContain("rule.")
          .doesNotContain("{");
    }
  }

  @Test
  void denmark_private_with_representation_warns_under_six_weeks() {
    Organisation acme = organisation(Country.DK, EmployeeRepresentation.UNION);
    assertThat(widened(acme, 42)).isEmpty();
    assertOne(widened(acme, 41), Severity.WARNING, "DK");
    assertThat(widened(acme, 41).get(0).message().format(Language.ENGLISH))
        .contains("announced on 19 January 2027")
        .contains("takes effect on 1 March 2027, 41 days later")
        .contains("AR2014.0228");
    assertThat(widened(acme, 41).get(0).message().format(Language.DANISH))
        .contains("41 dage senere")
        .contains("seks uger");
  }

  @Test
  void denmark_private_without_representation_informs_under_six_weeks() {
    Organisation acme = organisation(Country.DK, EmployeeRepresentation.NONE);
    assertThat(widened(acme, 42)).isEmpty();
    assertOne(widened(acme, 41), Severity.INFO, "DK.none");
  }

  @Test
  void denmark_public_informs_only_when_not_announced_before() {
    Organisation agency =
        organisation(Country.DK, EmployeeRepresentation.BOTH, Sector.PUBLIC_SECTOR);
    assertThat(widened(agency, 1)).isEmpty();
    assertOne(widened(agency, 0), Severity.INFO, "DK.public-sector");
  }

  @Test
  void norway_warns_when_not_announced_before_whatever_the_representation() {
    for (EmployeeRepresentation representation : EmployeeRepresentation.values()) {
      Organisation acme = organisation(Country.NO, representation);
      assertOne(widened(acme, 0), Severity.WARNING, "NO");
    }
    assertThat(widened(organisation(Country.NO, EmployeeRepresentation.NONE), 1)).isEmpty();
  }

  @Test
  void norway_reminds_represented_employers_of_the_discussion_when_the_dates_are_right() {
    for (EmployeeRepresentation representation :
        List.of(
            EmployeeRepresentation.UNION,
            EmployeeRepresentation.WORKS_COUNCIL,
            EmployeeRepresentation.BOTH)) {
      assertOne(
          widened(organisation(Country.NO, representation), 1), Severity.INFO, "NO.discussion");
    }
    assertThat(
            widened(organisation(Country.NO, EmployeeRepresentation.UNION), 1)
                .get(0)
                .message()
                .format(Language.NORWEGIAN))
        .contains("1. mars 2027")
        .contains("tillitsvalgte");
  }

  @Test
  void sweden_warns_with_a_union_and_informs_without() {
    assertThat(widened(organisation(Country.SE, EmployeeRepresentation.UNION), 1)).isEmpty();
    assertOne(
        widened(organisation(Country.SE, EmployeeRepresentation.UNION), 0), Severity.WARNING, "SE");
    assertOne(
        widened(organisation(Country.SE, EmployeeRepresentation.BOTH), 0), Severity.WARNING, "SE");
    assertOne(
        widened(organisation(Country.SE, EmployeeRepresentation.NONE), 0),
        Severity.INFO,
        "SE.none");
    assertOne(
        widened(organisation(Country.SE, EmployeeRepresentation.WORKS_COUNCIL), 0),
        Severity.INFO,
        "SE.none");
    assertThat(widened(organisation(Country.SE, EmployeeRepresentation.NONE), 1)).isEmpty();
  }

  @Test
  void the_netherlands_and_germany_warn_with_a_works_council_only() {
    for (Country country : List.of(Country.NL, Country.DE)) {
      for (EmployeeRepresentation council :
          List.of(EmployeeRepresentation.WORKS_COUNCIL, EmployeeRepresentation.BOTH)) {
        assertThat(widened(organisation(country, council), 1)).isEmpty();
        assertOne(widened(organisation(country, council), 0), Severity.WARNING, country.code());
      }
      assertThat(widened(organisation(country, EmployeeRepresentation.UNION), 0)).isEmpty();
      assertThat(widened(organisation(country, EmployeeRepresentation.NONE), 0)).isEmpty();
    }
  }

  @Test
  void a_works_councils_approval_dated_after_the_change_applies_is_an_error() {
    for (Country country : List.of(Country.NL, Country.DE)) {
      Organisation acme = organisation(country, EmployeeRepresentation.WORKS_COUNCIL);
      Policy older = older(acme, Monitoring.none());
      Policy onTime =
          approved(newer(acme, Monitoring.activeMonitoring(), EFFECTIVE.minusDays(30)), EFFECTIVE);
      Policy late =
          approved(
              newer(acme, Monitoring.activeMonitoring(), EFFECTIVE.minusDays(30)),
              EFFECTIVE.plusDays(1));
      assertThat(CHECKER.check(older, onTime)).as("%s", country).isEmpty();
      assertOne(CHECKER.check(older, late), Severity.ERROR, country.code() + ".late-consent");
      assertThat(CHECKER.check(older, late).get(0).message().format(Language.ENGLISH))
          .contains("takes effect on 1 March 2027")
          .contains("dated 2 March 2027");
      Policy lateWithoutAnnouncement =
          approved(newer(acme, Monitoring.activeMonitoring(), null), EFFECTIVE.plusDays(1));
      assertOne(
          CHECKER.check(older, lateWithoutAnnouncement),
          Severity.ERROR,
          country.code() + ".late-consent");
      Policy consultedLate =
          newer(acme, Monitoring.activeMonitoring(), EFFECTIVE.minusDays(30)).toBuilder()
              .decide(
                  Decision.of(Consultation.REPRESENTATIVES_CONSULTED)
                      .withValue(Consultation.DATE, ParameterValue.ofDate(EFFECTIVE.plusDays(1))))
              .build();
      assertThat(CHECKER.check(older, consultedLate)).isEmpty();
    }
    Organisation danish = organisation(Country.DK, EmployeeRepresentation.WORKS_COUNCIL);
    Policy late =
        approved(
            newer(danish, Monitoring.activeMonitoring(), EFFECTIVE.minusDays(42)),
            EFFECTIVE.plusDays(1));
    assertThat(CHECKER.check(older(danish, Monitoring.none()), late)).isEmpty();
  }

  private static Policy approved(Policy policy, LocalDate date) {
    return policy.toBuilder()
        .decide(
            Decision.of(Consultation.REPRESENTATIVES_APPROVED)
                .withValue(Consultation.DATE, ParameterValue.ofDate(date)))
        .build();
  }

  @Test
  void great_britain_and_the_united_states_inform_when_not_announced_before() {
    for (Country country : List.of(Country.GB, Country.US)) {
      Organisation acme = organisation(country, EmployeeRepresentation.NONE);
      assertThat(widened(acme, 1)).isEmpty();
      assertOne(widened(acme, 0), Severity.INFO, country.code());
    }
  }

  @Test
  void a_country_without_a_rule_gives_nothing() {
    assertThat(widened(organisation(Country.of("FR"), EmployeeRepresentation.BOTH), 0)).isEmpty();
  }

  @Test
  void a_widening_change_without_an_announcement_date_asks_for_it() {
    Organisation acme = organisation(Country.DK, EmployeeRepresentation.UNION);
    List<Finding> findings =
        CHECKER.check(
            older(acme, Monitoring.none()), newer(acme, Monitoring.activeMonitoring(), null));
    assertOne(findings, Severity.INFO, "missing");
    Policy withoutHistory =
        Policy.builder().organisation(acme).decide(Monitoring.activeMonitoring()).build();
    assertOne(CHECKER.check(older(acme, null), withoutHistory), Severity.INFO, "missing");
    Organisation french = organisation(Country.of("FR"), EmployeeRepresentation.NONE);
    assertThat(
            CHECKER.check(older(french, null), newer(french, Monitoring.activeMonitoring(), null)))
        .isEmpty();
  }

  @Test
  void without_a_revision_the_policys_effective_date_counts() {
    Organisation acme = organisation(Country.NO, EmployeeRepresentation.NONE);
    Policy newer =
        Policy.builder()
            .organisation(acme)
            .effectiveFrom(EFFECTIVE)
            .decide(Monitoring.publicContentOnly())
            .build();
    assertOne(CHECKER.check(older(acme, null), newer), Severity.INFO, "missing");
  }

  @Test
  void every_widening_counts_and_nothing_else_does() {
    Organisation acme = organisation(Country.DK, EmployeeRepresentation.UNION);
    LocalDate soon = EFFECTIVE.minusDays(1);
    List<@Nullable Decision> ladder =
        java.util.Arrays.asList(
            null, Monitoring.none(), Monitoring.publicContentOnly(), Monitoring.activeMonitoring());
    for (int from = 0; from < ladder.size(); from++) {
      for (int to = 0; to < ladder.size(); to++) {
        List<Finding> findings =
            CHECKER.check(older(acme, ladder.get(from)), newer(acme, ladder.get(to), soon));
        boolean widens = to >= 2 && to > from;
        assertThat(findings).as("%d to %d", from, to).hasSize(widens ? 1 : 0);
      }
    }
  }

  @Test
  void each_country_of_the_organisation_is_judged_and_named_in_the_facts() {
    Organisation acme =
        Organisation.builder()
            .name("Acme")
            .country(Country.DK)
            .addOtherCountries(Country.NO, Country.of("FR"))
            .employeeRepresentation(EmployeeRepresentation.UNION)
            .build();
    List<Finding> findings = widened(acme, 0);
    assertThat(findings)
        .extracting(Finding::severity)
        .containsExactly(Severity.WARNING, Severity.WARNING);
    assertThat(findings.get(0).facts())
        .containsExactly(
            Fact.of(Fact.Kind.DECISION, "monitoring", "public-content-only"),
            Fact.of(Fact.Kind.COUNTRY, "country", "DK"));
    assertThat(findings.get(1).facts()).contains(Fact.of(Fact.Kind.COUNTRY, "country", "NO"));
  }

  @Test
  void the_rule_cites_the_memos_sources_with_the_six_weeks_as_secondary() {
    Finding finding = widened(organisation(Country.DK, EmployeeRepresentation.UNION), 0).get(0);
    List<Source> sources = finding.sources().all();
    assertThat(sources)
        .anySatisfy(
            source -> {
              assertThat(source.pinpoint()).isEqualTo("pkt. 2");
              assertThat(source.readIn())
                  .hasValueSatisfying(r -> assertThat(r).contains("Dansk Industri"));
            });
    assertThat(sources).extracting(Source::citation).anyMatch(c -> c.contains("AR2014.0228"));
    assertThat(sources).extracting(Source::citation).anyMatch(c -> c.contains("§ 9-2"));
    assertThat(sources).extracting(Source::citation).anyMatch(c -> c.contains("31-48d"));
  }
}
