package dev.guidepost.policy.questionnaire;

import dev.guidepost.policy.model.Organisation;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The answers someone gave: at most one answer id per question id. A question that is not answered
 * takes its {@linkplain Question#defaultAnswer() default answer} when {@link
 * Questionnaire#policyFor(Organisation, Answers)} makes the policy, so {@link #empty()} gives the
 * questionnaire's base policy.
 *
 * <p>Answers are checked against a questionnaire when they are used ({@link
 * Questionnaire#policyFor}) or read ({@link Questionnaire#answers(Map)}), not when built. Immutable
 * and thread-safe; two answer sets are equal when they hold the same answers.
 *
 * <pre>{@code
 * Answers answers = Answers.builder()
 *     .answer("working-hours", "time-limited")
 *     .answer("monitoring", "none")
 *     .build();
 * }</pre>
 */
public final class Answers {
  private static final Answers EMPTY = new Answers(new TreeMap<>());

  private final SortedMap<String, String> byQuestion;

  private Answers(SortedMap<String, String> byQuestion) {
    this.byQuestion = Collections.unmodifiableSortedMap(new TreeMap<>(byQuestion));
  }

  /**
   * Returns no answers: every question takes its default answer.
   *
   * @return the empty answer set
   */
  public static Answers empty() {
    return EMPTY;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no answers
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the answer given to a question.
   *
   * @param question a question id
   * @return the answer id, or empty if the question was not answered
   */
  public Optional<String> answer(String question) {
    return Optional.ofNullable(byQuestion.get(Objects.requireNonNull(question, "question")));
  }

  /**
   * Returns the answers by question id.
   *
   * @return an immutable map, sorted by question id
   */
  public SortedMap<String, String> asMap() {
    return byQuestion;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Answers that && that.byQuestion.equals(byQuestion);
  }

  @Override
  public int hashCode() {
    return byQuestion.hashCode();
  }

  @Override
  public String toString() {
    return byQuestion.toString();
  }

  /** Builds {@link Answers}. Not thread-safe. */
  public static final class Builder {
    private final SortedMap<String, String> byQuestion = new TreeMap<>();

    private Builder() {}

    /**
     * Answers a question, replacing an earlier answer to it.
     *
     * @param question a question id
     * @param answer the id of one of its answers
     * @return this builder
     */
    public Builder answer(String question, String answer) {
      byQuestion.put(
          Objects.requireNonNull(question, "question"), Objects.requireNonNull(answer, "answer"));
      return this;
    }

    /**
     * Builds the answers.
     *
     * @return new, immutable answers
     */
    public Answers build() {
      return new Answers(byQuestion);
    }
  }
}
