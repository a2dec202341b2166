package dev.guidepost.policy.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.guidepost.policy.model.Language;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvalidAnswersExceptionTest {
  @Test
  void says_what_is_wrong_in_every_language() {
    InvalidAnswersException e =
        catchThrowableOfType(
            InvalidAnswersException.class,
            () -> Questionnaire.standard().answers(Map.of("monitoring", "always")));

    assertThat(e.problem().format(Language.ENGLISH)).isEqualTo(e.getMessage());
    assertThat(e.problem().format(Language.DANISH))
        .isEqualTo(
            "Spørgsmålet »monitoring« har ikke svaret »always«. Svarmulighederne er: none,"
                + " public-content-only, active-monitoring.");
    for (Language language : Language.standard()) {
      assertThat(e.problem().format(language))
          .as("%s", language)
          .contains("monitoring", "always", "none, public-content-only, active-monitoring")
          .doesNotContain("{");
    }
  }

  @Test
  void an_unknown_question_lists_the_questions_in_every_language() {
    InvalidAnswersException e =
        catchThrowableOfType(
            InvalidAnswersException.class, () -> Questionnaire.standard().question("tiktok"));

    for (Language language : Language.standard()) {
      assertThat(e.problem().format(language))
          .as("%s", language)
          .contains("tiktok", "company-presence, spokespersons, advocacy")
          .doesNotContain("{");
    }
  }
}
