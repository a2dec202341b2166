package dev.guidepost.policy.check;

import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Decision;
import java.util.List;

/**
 * Where a rule reports what it finds. The sink stamps each finding with the rule's id and severity;
 * the rule supplies only the message, the areas, the facts and suggestions.
 */
public interface FindingSink {
  /**
   * Starts a finding; it is complete when the rule's check returns.
   *
   * @param message what is wrong
   * @return the finding's draft, to add areas, facts, advice and suggestions to
   */
  Draft report(Message message);

  /** A finding being reported. Not thread-safe; use it only within the rule's check. */
  interface Draft {
    /**
     * Adds an area involved.
     *
     * @param area an area id
     * @return this draft
     */
    Draft area(String area);

    /**
     * Adds a fact that fired the rule.
     *
     * @param fact the fact
     * @return this draft
     */
    Draft fact(Fact fact);

    /**
     * Sets advice in words.
     *
     * @param advice the advice
     * @return this draft
     */
    Draft advice(Message advice);

    /**
     * Adds a suggestion: decisions that together should clear the finding. The checker verifies it.
     *
     * @param decisions the decisions to make
     * @return this draft
     */
    Draft suggest(List<Decision> decisions);
  }
}
