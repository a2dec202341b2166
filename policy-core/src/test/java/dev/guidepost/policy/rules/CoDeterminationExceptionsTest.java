package dev.guidepost.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.standard.Monitoring;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The co-determination messages name the limits the statutes set: a Dutch works council's consent
 * is not needed where a collective agreement already settles the monitoring (artikel 27 lid 3 WOR),
 * and a Swedish employer must negotiate even with a union it has no collective agreement with when
 * the matter particularly concerns that union's members (13 § MBL). Both rules that ask for the
 * representatives' involvement say so, in every language, and cite the provision.
 */
class CoDeterminationExceptionsTest {
  private static final List<String> RULES =
      List.of("monitoring-needs-consent", "changes-need-representatives");

  /** 13 § MBL as each language's bundle writes a Swedish section. */
  private static final Map<Language, String> MBL_13 =
      Map.of(
          Language.ENGLISH, "13 § MBL",
          Language.DANISH, "13 § MBL",
          Language.SWEDISH, "13 § MBL",
          Language.NORWEGIAN, "13 § MBL",
          Language.DUTCH, "§ 13 MBL");

  @Test
  void the_dutch_works_council_messages_name_the_collective_agreement_exception() {
    for (Finding finding :
        findings(
            Country.NL, EmployeeRepresentation.WORKS_COUNCIL, language -> "artikel 27 lid 3 WOR")) {
      assertThat(finding.message().format(Language.DUTCH))
          .contains("artikel 27 lid 5 WOR", "cao", "inhoudelijk");
      assertThat(finding.sources().message().format(Language.DUTCH))
          .contains("artikel 27 lid 3 WOR");
    }
  }

  @Test
  void the_swedish_messages_name_the_duty_to_negotiate_without_a_collective_agreement() {
    for (Finding finding : findings(Country.SE, EmployeeRepresentation.UNION, MBL_13::get)) {
      assertThat(finding.sources().message().format(Language.SWEDISH))
          .contains("11 § lagen (1976:580)", "13 § lagen (1976:580)");
    }
  }

  /**
   * Returns the finding of each rule for a monitoring policy that may change without notice, after
   * asserting that it speaks of the country and cites the provision in every language.
   */
  private static List<Finding> findings(
      Country country, EmployeeRepresentation representation, Function<Language, String> citation) {
    Report report = check(country, representation);
    List<Finding> found = new ArrayList<>();
    for (String rule : RULES) {
      Finding finding = only(report, rule);
      assertThat(finding.message().key()).isEqualTo("rule." + rule + ".message." + country.code());
      for (Language language : Language.standard()) {
        assertThat(finding.message().format(language))
            .as("%s in %s", rule, language)
            .contains(citation.apply(language));
      }
      found.add(finding);
    }
    return found;
  }

  @Test
  void the_other_countries_messages_do_not_borrow_the_dutch_or_swedish_exceptions() {
    for (Country country : List.of(Country.DE, Country.DK, Country.NO)) {
      Report report = check(country, EmployeeRepresentation.BOTH);
      for (String rule : RULES) {
        for (Language language : Language.standard()) {
          assertThat(only(report, rule).message().format(language))
              .as("%s %s in %s", country, rule, language)
              .doesNotContain("lid 3", "13 §", "§ 13");
        }
      }
    }
  }

  private static Finding only(Report report, String rule) {
    List<Finding> findings = report.findingsOf(rule);
    assertThat(findings).as(rule).hasSize(1);
    return findings.get(0);
  }

  private static Report check(Country country, EmployeeRepresentation representation) {
    return RuleCorpusTest.CHECKER.check(
        ChangeRulesTest.policy(country, representation, Monitoring.activeMonitoring(), null));
  }
}
