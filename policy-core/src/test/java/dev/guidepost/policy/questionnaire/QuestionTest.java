package dev.guidepost.policy.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Language;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionTest {
  private static final Questionnaire QUESTIONNAIRE = Questionnaire.standard();

  @Test
  void texts_are_keyed_by_question_and_answer_id() {
    Question question = QUESTIONNAIRE.question("working-hours");

    assertThat(question.text()).isEqualTo(Message.of("question.working-hours"));
    assertThat(question.answer("breaks-only").text())
        .isEqualTo(Message.of("question.working-hours.answer.breaks-only"));
    assertThat(question.text().format(Language.DANISH))
        .isEqualTo("Må medarbejderne bruge sociale medier i arbejdstiden?");
    assertThat(question.answer("breaks-only").text().format(Language.DUTCH))
        .isEqualTo("Alleen in de pauzes");
  }

  @Test
  void every_text_is_written_in_every_language() {
    for (Language language : Language.standard()) {
      Set<String> questions = new HashSet<>();
      for (Question question : QUESTIONNAIRE.questions()) {
        String text = question.text().format(language);
        assertThat(text).as("%s in %s", question.id(), language).isNotBlank().doesNotContain("{");
        assertThat(text).as("%s in %s", question.id(), language).endsWith("?");
        assertThat(questions.add(text)).as("%s in %s is unique", question.id(), language).isTrue();
        Set<String> answers = new HashSet<>();
        for (Answer answer : question.answers()) {
          String answerText = answer.text().format(language);
          assertThat(answerText).as("%s in %s", answer, language).isNotBlank().doesNotContain("{");
          assertThat(answers.add(answerText)).as("%s in %s is unique", answer, language).isTrue();
        }
      }
    }
  }

  @Test
  void no_translation_is_left_in_english() {
    for (Language language : Language.standard().subList(1, Language.standard().size())) {
      for (Message text : texts()) {
        assertThat(text.format(language))
            .as("%s in %s", text.key(), language)
            .isNotEqualTo(text.format(Language.ENGLISH));
      }
    }
  }

  @Test
  void describes_itself_by_ids() {
    assertThat(QUESTIONNAIRE.question("private-use"))
        .hasToString("private-use [private-matter, when-identifiable, always]");
    assertThat(QUESTIONNAIRE.question("private-use").defaultAnswer())
        .hasToString("private-use = private-matter");
  }

  private static List<Message> texts() {
    List<Message> texts = new ArrayList<>();
    for (Question question : QUESTIONNAIRE.questions()) {
      texts.add(question.text());
      question.answers().forEach(a -> texts.add(a.text()));
    }
    return texts;
  }
}
