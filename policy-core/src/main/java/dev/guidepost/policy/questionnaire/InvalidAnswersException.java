package dev.guidepost.policy.questionnaire;

import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Language;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when answers name a question the questionnaire does not have, or an answer its question
 * does not have. The message, in English, names the question and lists the valid ids; {@link
 * #problem()} says the same in any language, to show to the person who answered.
 *
 * <pre>{@code
 * try {
 *   Answers answers = Questionnaire.standard().answers(form);
 * } catch (InvalidAnswersException e) {
 *   show(e.problem().format(Language.DANISH));
 * }
 * }</pre>
 */
public final class InvalidAnswersException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // a message is immutable and is not serialised in practice
  private final Message problem;

  private InvalidAnswersException(Message problem) {
    super(problem.format(Language.ENGLISH));
    this.problem = problem;
  }

  /**
   * Returns what is wrong, to show in any language.
   *
   * @return the message
   */
  public Message problem() {
    return problem;
  }

  static InvalidAnswersException unknownQuestion(String id, List<Question> questions) {
    return new InvalidAnswersException(
        Message.of("questionnaire.unknown-question", "question", Message.literal(id))
            .with("questions", ids(questions.stream().map(Question::id).toList())));
  }

  static InvalidAnswersException unknownAnswer(Question question, String answer) {
    return new InvalidAnswersException(
        Message.of("questionnaire.unknown-answer", "question", Message.literal(question.id()))
            .with("answer", Message.literal(answer))
            .with("answers", ids(question.answers().stream().map(Answer::id).toList())));
  }

  private static Message ids(List<String> ids) {
    return Message.literal(ids.stream().collect(Collectors.joining(", ")));
  }
}
