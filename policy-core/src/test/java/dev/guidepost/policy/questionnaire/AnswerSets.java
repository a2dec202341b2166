package dev.guidepost.policy.questionnaire;

import java.util.ArrayList;
import java.util.List;

/** Enumerates every combination of answers to a questionnaire: the domain is finite. */
final class AnswerSets {
  private AnswerSets() {}

  /** Returns every combination, each question answered, in a fixed order. */
  static List<Answers> every(Questionnaire questionnaire) {
    List<List<String>> chosen = new ArrayList<>(List.of(List.of()));
    for (Question question : questionnaire.questions()) {
      List<List<String>> next = new ArrayList<>();
      for (List<String> set : chosen) {
        for (Answer answer : question.answers()) {
          List<String> longer = new ArrayList<>(set);
          longer.add(answer.id());
          next.add(longer);
        }
      }
      chosen = next;
    }
    List<Answers> every = new ArrayList<>();
    for (List<String> set : chosen) {
      Answers.Builder answers = Answers.builder();
      for (int i = 0; i < set.size(); i++) {
        answers.answer(questionnaire.questions().get(i).id(), set.get(i));
      }
      every.add(answers.build());
    }
    return every;
  }
}
