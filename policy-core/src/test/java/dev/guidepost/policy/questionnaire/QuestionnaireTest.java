package dev.guidepost.policy.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.Accuracy;
import dev.guidepost.policy.standard.Advocacy;
import dev.guidepost.policy.standard.CarveOut;
import dev.guidepost.policy.standard.CompanyPresence;
import dev.guidepost.policy.standard.Confidentiality;
import dev.guidepost.policy.standard.Consultation;
import dev.guidepost.policy.standard.Defamation;
import dev.guidepost.policy.standard.Disparagement;
import dev.guidepost.policy.standard.Governance;
import dev.guidepost.policy.standard.HarassmentAndDiscrimination;
import dev.guidepost.policy.standard.Moderation;
import dev.guidepost.policy.standard.Monitoring;
import dev.guidepost.policy.standard.Network;
import dev.guidepost.policy.standard.OfficialPage;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.policy.standard.Promotions;
import dev.guidepost.policy.standard.RoleRepresentation;
import dev.guidepost.policy.standard.Shareable;
import dev.guidepost.policy.standard.StandardCatalogue;
import dev.guidepost.policy.standard.ThreatsAndObscenity;
import dev.guidepost.policy.standard.Topic;
import dev.guidepost.policy.standard.WorkingHours;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionnaireTest {
  private static final Questionnaire QUESTIONNAIRE = Questionnaire.standard();
  private static final Organisation ACME = Organisation.of("Acme A/S", Country.DK);

  @Test
  void asks_five_to_eight_questions_each_with_two_to_four_answers_and_a_default() {
    assertThat(QUESTIONNAIRE.questions())
        .extracting(Question::id)
        .containsExactly(
            "covers",
            "company-presence",
            "spokespersons",
            "advocacy",
            "working-hours",
            "private-use",
            "confidentiality",
            "ask-first",
            "conduct",
            "monitoring");
    for (Question question : QUESTIONNAIRE.questions()) {
      assertThat(question.answers()).as(question.id()).hasSizeBetween(2, 4);
      assertThat(question.answers()).as(question.id()).contains(question.defaultAnswer());
      assertThat(question.answers().stream().map(Answer::id).distinct())
          .as(question.id())
          .hasSameSizeAs(question.answers());
    }
  }

  @Test
  void finds_a_question_and_an_answer_by_id() {
    Question workingHours = QUESTIONNAIRE.question("working-hours");

    assertThat(workingHours.id()).isEqualTo("working-hours");
    assertThat(workingHours.answers())
        .extracting(Answer::id)
        .containsExactly("employee-discretion", "time-limited", "breaks-only", "prohibited");
    assertThat(workingHours.answer("time-limited").decisionsFor(ACME))
        .containsExactly(WorkingHours.timeLimited(30));
    assertThat(workingHours.defaultAnswer().id()).isEqualTo("breaks-only");
  }

  @Test
  void the_default_answers_make_the_decisions_their_texts_describe() {
    assertThat(QUESTIONNAIRE.question("company-presence").defaultAnswer().decisionsFor(ACME))
        .contains(
            CompanyPresence.officialAccounts(Network.LINKEDIN, Network.FACEBOOK),
            Governance.socialMediaManager(),
            Moderation.houseRules(),
            Promotions.approvalRequired())
        .hasSize(9);
    assertThat(QUESTIONNAIRE.question("confidentiality").defaultAnswer().decisionsFor(ACME))
        .containsExactly(
            Confidentiality.listedTopics(
                List.of(
                    Topic.PRODUCTS,
                    Topic.CUSTOMERS,
                    Topic.COMPANY_INFORMATION,
                    Topic.FINANCIALS,
                    Topic.COLLEAGUES,
                    Topic.PERSONAL_DATA),
                List.of(CarveOut.OWN_PAY_AND_CONDITIONS)));
  }

  @Test
  void unanswered_questions_take_their_defaults_which_give_the_balanced_preset() {
    for (EmployeeRepresentation representation : EmployeeRepresentation.values()) {
      Organisation organisation = organisation(Country.NL, representation);
      Answers defaults = Answers.builder().answer("monitoring", "none").build();

      assertThat(QUESTIONNAIRE.policyFor(organisation, Answers.empty()))
          .isEqualTo(Preset.BALANCED.policyFor(organisation))
          .isEqualTo(QUESTIONNAIRE.policyFor(organisation, defaults));
    }
  }

  @Test
  void an_answer_replaces_only_the_areas_its_question_asks_about() {
    Policy policy =
        QUESTIONNAIRE.policyFor(
            ACME,
            Answers.builder()
                .answer("advocacy", "encouraged")
                .answer("working-hours", "prohibited")
                .build());

    Map<String, Decision> expected = new HashMap<>(Preset.BALANCED.policyFor(ACME).decisions());
    expected.put(
        Advocacy.ID,
        Advocacy.encouraged(
            Shareable.NEWS, Shareable.JOB_POSTINGS, Shareable.EVENTS, Shareable.EXPERTISE));
    expected.put(WorkingHours.ID, WorkingHours.prohibited());
    assertThat(policy.decisions()).isEqualTo(expected);
    assertThat(policy.organisation()).isEqualTo(ACME);
  }

  @Test
  void every_answer_makes_its_decisions_in_the_policy() {
    for (Question question : QUESTIONNAIRE.questions()) {
      for (Answer answer : question.answers()) {
        Policy policy =
            QUESTIONNAIRE.policyFor(
                ACME, Answers.builder().answer(question.id(), answer.id()).build());

        assertThat(answer.decisionsFor(ACME)).as("%s", answer).isNotEmpty();
        for (Decision decision : answer.decisionsFor(ACME)) {
          assertThat(policy.decision(decision.area())).as("%s", answer).contains(decision);
        }
      }
    }
  }

  @Test
  void the_conduct_question_chooses_the_narrow_standards_or_the_restrictive_presets() {
    Question conduct = QUESTIONNAIRE.question("conduct");
    List<String> areas =
        List.of(
            Accuracy.ID,
            HarassmentAndDiscrimination.ID,
            ThreatsAndObscenity.ID,
            Defamation.ID,
            RoleRepresentation.ID,
            Disparagement.ID);

    assertThat(conduct.answers()).extracting(Answer::id).containsExactly("specific", "strict");
    assertThat(conduct.defaultAnswer().id()).isEqualTo("specific");
    assertThat(conduct.defaultAnswer().decisionsFor(ACME))
        .containsExactly(
            Accuracy.noFalseStatements(),
            HarassmentAndDiscrimination.prohibited(),
            ThreatsAndObscenity.noThreats(),
            Defamation.falseAndDamaging(),
            RoleRepresentation.noMisrepresentation(),
            Disparagement.productsAndServices());
    Policy strict =
        QUESTIONNAIRE.policyFor(ACME, Answers.builder().answer("conduct", "strict").build());
    Policy restrictive = Preset.RESTRICTIVE.policyFor(ACME);
    for (String area : areas) {
      assertThat(strict.decision(area)).as(area).isEqualTo(restrictive.decision(area));
    }
    assertThat(strict.decision(Accuracy.ID)).contains(Accuracy.trueAndNotMisleading());
    assertThat(strict.decision(ThreatsAndObscenity.ID))
        .contains(ThreatsAndObscenity.noThreatsOrObscenity());
  }

  @Test
  void no_accounts_leaves_the_areas_about_accounts_open() {
    Policy policy =
        QUESTIONNAIRE.policyFor(
            ACME, Answers.builder().answer("company-presence", "no-accounts").build());

    assertThat(policy.decision(CompanyPresence.ID)).contains(CompanyPresence.none());
    assertThat(policy.decision(Governance.ID)).isEmpty();
    assertThat(policy.decision(OfficialPage.ID)).isEmpty();
  }

  @Test
  void monitoring_claims_no_approval_the_answers_did_not_state() {
    for (String answer : List.of("none", "public-content-only", "active-monitoring")) {
      Answers monitoring = Answers.builder().answer("monitoring", answer).build();
      for (Country country : List.of(Country.NL, Country.DE, Country.DK, Country.NO, Country.SE)) {
        for (EmployeeRepresentation representation : EmployeeRepresentation.values()) {
          Policy policy =
              QUESTIONNAIRE.policyFor(organisation(country, representation), monitoring);
          assertThat(policy.decision(Consultation.ID))
              .as("%s, %s, %s", answer, country, representation)
              .contains(Consultation.beforeAdoption());
        }
      }
    }
    assertThat(
            QUESTIONNAIRE
                .policyFor(
                    ACME, Answers.builder().answer("monitoring", "public-content-only").build())
                .decision(Monitoring.ID))
        .contains(Monitoring.publicContentOnly());
  }

  @Test
  void no_two_questions_ask_about_the_same_area() {
    for (EmployeeRepresentation representation : EmployeeRepresentation.values()) {
      Organisation organisation = organisation(Country.DE, representation);
      Map<String, String> askedBy = new HashMap<>();
      for (Question question : QUESTIONNAIRE.questions()) {
        Set<String> areas = new HashSet<>();
        question
            .answers()
            .forEach(a -> a.decisionsFor(organisation).forEach(d -> areas.add(d.area())));
        for (String area : areas) {
          assertThat(askedBy.put(area, question.id()))
              .as("%s is asked by %s and %s", area, askedBy.get(area), question.id())
              .isNull();
        }
      }
    }
  }

  @Test
  void the_policy_lists_its_decisions_in_catalogue_order() {
    Policy policy =
        QUESTIONNAIRE.policyFor(
            ACME, Answers.builder().answer("working-hours", "prohibited").build());

    List<String> catalogueOrder =
        StandardCatalogue.catalogue().areas().stream()
            .map(a -> a.id())
            .filter(policy.decisions()::containsKey)
            .toList();
    assertThat(List.copyOf(policy.decisions().keySet())).isEqualTo(catalogueOrder);
  }

  @Test
  void equal_answers_give_equal_policies() {
    for (Answers answers : AnswerSets.every(QUESTIONNAIRE)) {
      Map<String, String> reversed = new LinkedHashMap<>();
      List<Map.Entry<String, String>> entries = List.copyOf(answers.asMap().entrySet());
      for (int i = entries.size() - 1; i >= 0; i--) {
        reversed.put(entries.get(i).getKey(), entries.get(i).getValue());
      }
      Answers same = QUESTIONNAIRE.answers(reversed);

      assertThat(same).isEqualTo(answers);
      assertThat(QUESTIONNAIRE.policyFor(ACME, same))
          .isEqualTo(QUESTIONNAIRE.policyFor(ACME, answers));
    }
  }

  @Test
  void reads_answers_from_text_fields() {
    Answers answers =
        QUESTIONNAIRE.answers(Map.of("working-hours", "time-limited", "advocacy", "encouraged"));

    assertThat(answers.asMap())
        .containsExactly(
            Map.entry("advocacy", "encouraged"), Map.entry("working-hours", "time-limited"));
    assertThat(QUESTIONNAIRE.answers(Map.of())).isEqualTo(Answers.empty());
  }

  @Test
  void an_unknown_question_is_named_with_the_valid_questions() {
    assertThatThrownBy(() -> QUESTIONNAIRE.question("coffee-breaks"))
        .isInstanceOf(IllegalArgumentException.class)
        .isInstanceOf(InvalidAnswersException.class)
        .hasMessage(
            "There is no question \"coffee-breaks\". The questions are: covers,"
                + " company-presence, spokespersons, advocacy, working-hours, private-use,"
                + " confidentiality, ask-first, conduct, monitoring.");
    assertThatThrownBy(() -> QUESTIONNAIRE.answers(Map.of("coffee-breaks", "yes")))
        .isInstanceOf(InvalidAnswersException.class)
        .hasMessageContaining("\"coffee-breaks\"");
    assertThatThrownBy(
            () ->
                QUESTIONNAIRE.policyFor(
                    ACME, Answers.builder().answer("coffee-breaks", "yes").build()))
        .isInstanceOf(InvalidAnswersException.class)
        .hasMessageContaining("\"coffee-breaks\"");
  }

  @Test
  void an_unknown_answer_is_named_with_its_question_and_the_valid_answers() {
    String expected =
        "The question \"working-hours\" has no answer \"sometimes\". Its answers are:"
            + " employee-discretion, time-limited, breaks-only, prohibited.";

    assertThatThrownBy(() -> QUESTIONNAIRE.question("working-hours").answer("sometimes"))
        .isInstanceOf(InvalidAnswersException.class)
        .hasMessage(expected);
    assertThatThrownBy(() -> QUESTIONNAIRE.answers(Map.of("working-hours", "sometimes")))
        .isInstanceOf(InvalidAnswersException.class)
        .hasMessage(expected);
    assertThatThrownBy(
            () ->
                QUESTIONNAIRE.policyFor(
                    ACME, Answers.builder().answer("working-hours", "sometimes").build()))
        .isInstanceOf(InvalidAnswersException.class)
        .hasMessage(expected);
  }

  @Test
  void the_first_bad_field_by_question_id_is_reported() {
    Map<String, String> form = new HashMap<>();
    form.put("working-hours", "sometimes");
    form.put("advocacy", "always");

    assertThatThrownBy(() -> QUESTIONNAIRE.answers(form))
        .isInstanceOf(InvalidAnswersException.class)
        .hasMessageStartingWith("The question \"advocacy\" has no answer \"always\".");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void a_null_argument_is_named() {
    assertThatThrownBy(() -> QUESTIONNAIRE.policyFor(ACME, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("answers");
    assertThatThrownBy(() -> QUESTIONNAIRE.policyFor(null, Answers.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("organisation");
  }

  private static Organisation organisation(Country country, EmployeeRepresentation representation) {
    return Organisation.builder()
        .name("Acme")
        .country(country)
        .employeeRepresentation(representation)
        .build();
  }
}
