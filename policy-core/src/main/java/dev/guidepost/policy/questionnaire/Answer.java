package dev.guidepost.policy.questionnaire;

import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Organisation;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One answer to a {@link Question}: a stable id, a text to show in any language, and the decisions
 * it makes.
 *
 * <p>The decisions may depend on the organisation's facts. Immutable and thread-safe; equal
 * organisations give equal decisions.
 */
public final class Answer {
  private final String question;
  private final String id;
  private final Function<Organisation, List<Decision>> decisions;

  Answer(String question, String id, Function<Organisation, List<Decision>> decisions) {
    this.question = question;
    this.id = id;
    this.decisions = decisions;
  }

  /**
   * Returns the answer's stable id, unique within its question.
   *
   * @return a kebab-case id such as {@code breaks-only}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the answer's text, to show in any language.
   *
   * @return the message {@code question.<question>.answer.<id>}
   */
  public Message text() {
    return Message.of("question." + question + ".answer." + id);
  }

  /**
   * Returns the decisions this answer makes for an organisation.
   *
   * @param organisation the organisation the policy is for
   * @return the decisions, at most one per area, in a fixed order
   */
  public List<Decision> decisionsFor(Organisation organisation) {
    return List.copyOf(decisions.apply(Objects.requireNonNull(organisation, "organisation")));
  }

  @Override
  public String toString() {
    return question + " = " + id;
  }
}
