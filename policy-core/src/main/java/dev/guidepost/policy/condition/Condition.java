package dev.guidepost.policy.condition;

import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.model.Policy;
import java.util.List;

/**
 * A test of a policy that knows what it reads. Implementations are immutable and thread-safe; build
 * them with {@link Conditions}.
 */
public interface Condition {
  /**
   * Tells whether the policy meets the condition.
   *
   * @param policy a policy
   * @return true if it does
   */
  boolean test(Policy policy);

  /**
   * Returns the current state of everything the condition reads, such as {@code advocacy =
   * encouraged} or {@code country = US}: the facts that explain why it holds.
   *
   * @param policy a policy
   * @return the facts, in order, without repeats
   */
  List<Fact> facts(Policy policy);

  /**
   * Returns the areas the condition reads.
   *
   * @return area ids, in order, without repeats
   */
  List<String> areas();
}
