package dev.guidepost.policy.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.standard.Consultation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The questionnaire's guarantee (DOMAIN.md, "The questionnaire"), checked exhaustively: every
 * combination of answers, in every supported country, with every form of employee representation
 * and in every sector, gives a policy with no error finding, and claims no consultation the answers
 * did not state: where no answer decides how the guidelines were made, the policy says they take
 * effect once they have gone through the people the law or agreements require ({@code consultation
 * = before-adoption}), never that anyone approved, discussed or wrote them.
 */
class QuestionnaireProperties {
  private static final Questionnaire QUESTIONNAIRE = Questionnaire.standard();
  private static final List<Answers> EVERY = AnswerSets.every(QUESTIONNAIRE);

  static Stream<Arguments> countriesAndRepresentations() {
    return Stream.of(
            Country.DK, Country.SE, Country.NO, Country.NL, Country.US, Country.GB, Country.DE)
        .flatMap(c -> Stream.of(EmployeeRepresentation.values()).map(r -> Arguments.of(c, r)));
  }

  @ParameterizedTest(name = "{0} with representation {1}")
  @MethodSource("countriesAndRepresentations")
  void every_combination_of_answers_gives_a_policy_without_errors(
      Country country, EmployeeRepresentation representation) {
    for (Sector sector : Sector.values()) {
      Organisation organisation =
          Organisation.builder()
              .name("Acme")
              .country(country)
              .sector(sector)
              .employeeRepresentation(representation)
              .build();
      for (Answers answers : EVERY) {
        Policy policy = QUESTIONNAIRE.policyFor(organisation, answers);
        Report report = StandardRules.checker().check(policy);
        assertThat(report.errors())
            .as("%s, sector %s, answers %s", organisation.country(), sector, answers)
            .extracting(Finding::rule)
            .isEmpty();
        boolean consultationStated = false;
        for (Question question : QUESTIONNAIRE.questions()) {
          Answer answer = question.answer(answers.answer(question.id()).orElseThrow());
          for (Decision decision : answer.decisionsFor(organisation)) {
            assertThat(policy.decision(decision.area())).as("%s", answer).contains(decision);
            consultationStated |= decision.area().equals(Consultation.ID);
          }
        }
        if (!consultationStated) {
          assertThat(policy.decision(Consultation.ID))
              .as("%s, sector %s, answers %s", organisation.country(), sector, answers)
              .contains(Consultation.beforeAdoption());
        }
      }
    }
  }
}
