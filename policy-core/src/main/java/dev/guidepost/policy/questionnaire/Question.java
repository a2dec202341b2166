package dev.guidepost.policy.questionnaire;

import dev.guidepost.policy.internal.Ids;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Organisation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One question of a {@link Questionnaire}: a stable id, a text to show in any language, and two to
 * four answers, one of which is the default taken when the question is left unanswered.
 *
 * <p>Immutable and thread-safe; the answers keep the order in which they are shown.
 */
public final class Question {
  private final String id;
  private final List<Answer> answers;
  private final Answer defaultAnswer;

  private Question(String id, List<Answer> answers, Answer defaultAnswer) {
    this.id = id;
    this.answers = List.copyOf(answers);
    this.defaultAnswer = defaultAnswer;
  }

  /**
   * Returns the question's stable id, unique within its questionnaire.
   *
   * @return a kebab-case id such as {@code working-hours}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the question's text, to show in any language.
   *
   * @return the message {@code question.<id>}
   */
  public Message text() {
    return Message.of("question." + id);
  }

  /**
   * Returns the answers, in the order they are shown.
   *
   * @return two to four answers
   */
  public List<Answer> answers() {
    return answers;
  }

  /**
   * Returns the answer taken when the question is left unanswered.
   *
   * @return one of {@link #answers()}
   */
  public Answer defaultAnswer() {
    return defaultAnswer;
  }

  /**
   * Returns the answer with an id.
   *
   * @param id an answer id
   * @return the answer
   * @throws InvalidAnswersException if the question has no such answer; the message names the
   *     question and lists its answers
   */
  public Answer answer(String id) {
    Objects.requireNonNull(id, "id");
    for (Answer answer : answers) {
      if (answer.id().equals(id)) {
        return answer;
      }
    }
    throw InvalidAnswersException.unknownAnswer(this, id);
  }

  @Override
  public String toString() {
    return id + " " + answers.stream().map(Answer::id).toList();
  }

  static Builder builder(String id) {
    return new Builder(Ids.requireKebabCase("a question id", id));
  }

  /** Builds a question, its answers in the order added. */
  static final class Builder {
    private final String id;
    private final List<Answer> answers = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private @Nullable Answer defaultAnswer;

    private Builder(String id) {
      this.id = id;
    }

    /** Adds an answer that makes the same decisions for every organisation. */
    Builder answer(String answer, Decision... decisions) {
      List<Decision> fixed = List.of(decisions);
      return answer(answer, organisation -> fixed);
    }

    /** Adds an answer whose decisions depend on the organisation. */
    Builder answer(String answer, Function<Organisation, List<Decision>> decisions) {
      if (!ids.add(Ids.requireKebabCase("an answer id", answer))) {
        throw new IllegalArgumentException(
            "the question '" + id + "' has the answer '" + answer + "' twice");
      }
      answers.add(new Answer(id, answer, decisions));
      return this;
    }

    /** Adds the default answer. */
    Builder defaultAnswer(String answer, Decision... decisions) {
      if (defaultAnswer != null) {
        throw new IllegalArgumentException("the question '" + id + "' has two default answers");
      }
      answer(answer, decisions);
      defaultAnswer = answers.get(answers.size() - 1);
      return this;
    }

    Question build() {
      if (answers.size() < 2 || answers.size() > 4) {
        throw new IllegalArgumentException(
            "the question '" + id + "' has " + answers.size() + " answers; it needs 2 to 4");
      }
      if (defaultAnswer == null) {
        throw new IllegalArgumentException("the question '" + id + "' has no default answer");
      }
      return new Question(id, answers, defaultAnswer);
    }
  }
}
