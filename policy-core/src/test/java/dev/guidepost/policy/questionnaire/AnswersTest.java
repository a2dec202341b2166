package dev.guidepost.policy.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswersTest {
  @Test
  void holds_one_answer_per_question_sorted_by_question_id() {
    Answers answers =
        Answers.builder()
            .answer("working-hours", "prohibited")
            .answer("advocacy", "voluntary")
            .build();

    assertThat(answers.answer("working-hours")).contains("prohibited");
    assertThat(answers.answer("monitoring")).isEmpty();
    assertThat(answers.asMap())
        .containsExactly(
            Map.entry("advocacy", "voluntary"), Map.entry("working-hours", "prohibited"));
    assertThat(answers).hasToString("{advocacy=voluntary, working-hours=prohibited}");
  }

  @Test
  void a_later_answer_to_the_same_question_replaces_the_earlier() {
    Answers answers =
        Answers.builder()
            .answer("working-hours", "prohibited")
            .answer("working-hours", "breaks-only")
            .build();

    assertThat(answers.asMap()).containsExactly(Map.entry("working-hours", "breaks-only"));
  }

  @Test
  void is_immutable_and_independent_of_its_builder() {
    Answers.Builder builder = Answers.builder().answer("advocacy", "encouraged");
    Answers answers = builder.build();

    builder.answer("monitoring", "none");

    assertThat(answers.asMap()).containsOnlyKeys("advocacy");
    assertThatThrownBy(() -> answers.asMap().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equal_answers_are_equal_whatever_their_order() {
    Answers one = Answers.builder().answer("a", "x").answer("b", "y").build();
    Answers other = Answers.builder().answer("b", "y").answer("a", "x").build();

    assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
    assertThat(one).isNotEqualTo(Answers.builder().answer("a", "x").build());
    assertThat(Answers.builder().build()).isEqualTo(Answers.empty());
    assertThat(Answers.empty().asMap()).isEmpty();
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void a_null_id_is_named() {
    assertThatThrownBy(() -> Answers.builder().answer(null, "x"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("question");
    assertThatThrownBy(() -> Answers.builder().answer("advocacy", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("answer");
  }
}
