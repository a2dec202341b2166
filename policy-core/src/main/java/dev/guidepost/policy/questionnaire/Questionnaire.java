package dev.guidepost.policy.questionnaire;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.policy.standard.StandardCatalogue;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A short list of questions whose answers give a complete policy, which the user then adjusts with
 * {@link Policy#toBuilder()}: the generator of the Dutch article "Drie tips voor social
 * mediarichtlijnen".
 *
 * <p>The {@linkplain #standard() standard questionnaire} asks ten questions: {@code covers} (what
 * the document covers), then seven from the published articles Guidepost follows and two from
 * published company policies: {@code company-presence}, {@code spokespersons}, {@code advocacy},
 * {@code working-hours}, {@code private-use}, {@code confidentiality}, {@code ask-first}, {@code
 * conduct} and {@code monitoring}. Its answers are laid over the {@linkplain Preset#BALANCED
 * balanced preset}: an area that a question asks about takes the chosen answer's decision, every
 * other area keeps the preset's. A question left unanswered takes its {@linkplain
 * Question#defaultAnswer() default answer}, which is the preset's own decision, so {@link
 * Answers#empty()} gives the balanced policy.
 *
 * <p>Guarantee: for every combination of answers, the policy has no error finding from the standard
 * checker, whatever the organisation's country, sector and employee representation (it may have
 * warnings, for example when employees are encouraged to share content but may not use social media
 * at work). A test proves it for every combination in every country the built-in rules name.
 * Immutable and thread-safe; equal answers and organisations give equal policies.
 *
 * <pre>{@code
 * Questionnaire questionnaire = Questionnaire.standard();
 * for (Question question : questionnaire.questions()) {
 *   show(question.text().format(Language.DANISH), question.answers());
 * }
 * Policy policy = questionnaire.policyFor(
 *     Organisation.of("Acme A/S", Country.DK),
 *     questionnaire.answers(Map.of("working-hours", "time-limited", "advocacy", "encouraged")));
 * }</pre>
 */
public final class Questionnaire {
  private static final Questionnaire STANDARD =
      new Questionnaire(Preset.BALANCED.decisions(), StandardQuestions.all());

  private final List<Decision> base;
  private final List<Question> questions;

  private Questionnaire(List<Decision> base, List<Question> questions) {
    Set<String> ids = new HashSet<>();
    for (Question question : questions) {
      if (!ids.add(question.id())) {
        throw new IllegalArgumentException("the question '" + question.id() + "' is asked twice");
      }
    }
    this.base = List.copyOf(base);
    this.questions = List.copyOf(questions);
  }

  /**
   * Returns the standard questionnaire: ten questions over the balanced preset.
   *
   * @return the shared instance
   */
  public static Questionnaire standard() {
    return STANDARD;
  }

  /**
   * Returns the questions, in the order they are asked.
   *
   * @return an immutable list
   */
  public List<Question> questions() {
    return questions;
  }

  /**
   * Returns the question with an id.
   *
   * @param id a question id
   * @return the question
   * @throws InvalidAnswersException if there is no such question; the message lists the questions
   */
  public Question question(String id) {
    Objects.requireNonNull(id, "id");
    for (Question question : questions) {
      if (question.id().equals(id)) {
        return question;
      }
    }
    throw InvalidAnswersException.unknownQuestion(id, questions);
  }

  /**
   * Reads answers given as text, such as the fields of a submitted form: each key a question id,
   * each value the id of one of its answers. Questions left out take their default answers.
   *
   * @param answers answer ids by question id
   * @return the answers
   * @throws InvalidAnswersException for the first unknown question id or answer id, in the order of
   *     the question ids; the message names the question and lists the valid ids
   */
  public Answers answers(Map<String, String> answers) {
    Answers.Builder read = Answers.builder();
    answers.forEach(read::answer);
    return check(read.build());
  }

  /**
   * Makes the policy that the answers give for an organisation: the base decisions, with the chosen
   * answer's decisions for every area a question asks about; a question left unanswered takes its
   * default answer. The policy is published in all five standard languages.
   *
   * @param organisation the organisation the policy is for
   * @param answers the answers
   * @return the policy, its decisions in catalogue order
   * @throws InvalidAnswersException if an answer names an unknown question or answer
   */
  public Policy policyFor(Organisation organisation, Answers answers) {
    Objects.requireNonNull(organisation, "organisation");
    check(Objects.requireNonNull(answers, "answers"));
    Map<String, Decision> decisions = new HashMap<>();
    Set<String> asked = new HashSet<>();
    for (Question question : questions) {
      question
          .answers()
          .forEach(a -> a.decisionsFor(organisation).forEach(d -> asked.add(d.area())));
    }
    base.stream().filter(d -> !asked.contains(d.area())).forEach(d -> decisions.put(d.area(), d));
    for (Question question : questions) {
      Answer answer =
          answers.answer(question.id()).map(question::answer).orElse(question.defaultAnswer());
      answer.decisionsFor(organisation).forEach(d -> decisions.put(d.area(), d));
    }
    Policy.Builder policy = Policy.builder().organisation(organisation);
    for (Area area : StandardCatalogue.catalogue().areas()) {
      Decision decision = decisions.get(area.id());
      if (decision != null) {
        policy.decide(decision);
      }
    }
    return policy.build();
  }

  private Answers check(Answers answers) {
    answers.asMap().forEach((question, answer) -> question(question).answer(answer));
    return answers;
  }

  @Override
  public String toString() {
    return "Questionnaire" + questions;
  }
}
