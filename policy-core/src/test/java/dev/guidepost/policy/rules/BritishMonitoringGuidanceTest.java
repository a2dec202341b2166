package dev.guidepost.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.Monitoring;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code monitoring-needs-consent} in Great Britain speaks of the ICO's guidance on monitoring
 * workers (a DPIA considered, workers' views considered, workers told), whatever the
 * representation, in every language, and cites that guidance.
 */
class BritishMonitoringGuidanceTest {
  private static final String RULE = "monitoring-needs-consent";

  @Test
  void speaks_of_the_ico_guidance_for_every_representation_in_every_language() {
    for (EmployeeRepresentation representation : EmployeeRepresentation.values()) {
      List<Finding> findings =
          RuleCorpusTest.CHECKER.check(policy(representation)).findingsOf(RULE);
      assertThat(findings).as("%s", representation).hasSize(1);
      Finding finding = findings.get(0);
      assertThat(finding.message().key()).isEqualTo("rule." + RULE + ".message.GB");
      assertThat(finding.advice().map(Message::key)).contains("rule." + RULE + ".advice.GB");
      for (Language language : Language.standard()) {
        assertThat(finding.message().format(language))
            .as("%s in %s", representation, language)
            .contains("ICO", "DPIA");
        assertThat(finding.advice().orElseThrow().format(language))
            .as("%s in %s", representation, language)
            .contains("DPIA");
      }
      assertThat(finding.sources().message().format(Language.ENGLISH))
          .contains("Information Commissioner's Office", "Monitoring workers");
    }
  }

  @Test
  void the_british_texts_stay_in_great_britain() {
    for (Country country : List.of(Country.US, Country.NL, Country.of("FR"))) {
      Policy policy =
          policy(EmployeeRepresentation.NONE).toBuilder()
              .organisation(
                  Organisation.builder()
                      .name("Acme")
                      .country(country)
                      .employeeRepresentation(EmployeeRepresentation.NONE)
                      .build())
              .build();
      for (Finding finding : RuleCorpusTest.CHECKER.check(policy).findingsOf(RULE)) {
        assertThat(finding.message().format(Language.ENGLISH))
            .as("%s", country)
            .doesNotContain("ICO");
      }
    }
  }

  private static Policy policy(EmployeeRepresentation representation) {
    return Policy.builder()
        .organisation(
            Organisation.builder()
                .name("Acme")
                .country(Country.GB)
                .employeeRepresentation(representation)
                .build())
        .decide(Monitoring.activeMonitoring())
        .build();
  }
}
