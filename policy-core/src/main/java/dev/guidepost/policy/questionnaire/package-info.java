/**
 * The questionnaire: a few questions whose answers give a complete policy to adjust, the flow of
 * the Dutch article "Drie tips voor social mediarichtlijnen" ("answer 5 questions and receive your
 * own policy, which you may adapt").
 *
 * <p>{@link dev.guidepost.policy.questionnaire.Questionnaire} is the entry type:
 *
 * <pre>{@code
 * Questionnaire questionnaire = Questionnaire.standard();
 * Answers answers = Answers.builder()
 *     .answer("working-hours", "time-limited")
 *     .answer("advocacy", "encouraged")
 *     .build();
 * Policy policy = questionnaire.policyFor(Organisation.of("Acme A/S", Country.DK), answers);
 * }</pre>
 */
@NullMarked
package dev.guidepost.policy.questionnaire;

import org.jspecify.annotations.NullMarked;
