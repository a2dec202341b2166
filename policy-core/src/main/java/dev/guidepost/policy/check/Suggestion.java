package dev.guidepost.policy.check;

import dev.guidepost.policy.message.Labels;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Policy;
import java.util.List;
import org.immutables.value.Value;

/**
 * A concrete fix: decisions to make, each replacing the policy's decision for its area.
 *
 * <p>The checker marks a suggestion {@linkplain #verified() verified} only after applying it to a
 * copy of the policy and checking again: it must clear its finding and introduce no new error and
 * no new warning in any of the organisation's countries. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Suggestion {
  Suggestion() {}

  /**
   * Returns the decisions to make.
   *
   * @return at least one decision
   */
  public abstract List<Decision> decisions();

  /**
   * Tells whether the checker verified that applying this suggestion clears its finding and adds no
   * error and no warning.
   *
   * @return true if verified
   */
  @Value.Default
  public boolean verified() {
    return false;
  }

  /**
   * Returns the policy with this suggestion's decisions made.
   *
   * @param policy a policy
   * @return a new policy
   */
  public Policy applyTo(Policy policy) {
    Policy.Builder fixed = policy.toBuilder();
    decisions().forEach(fixed::decide);
    return fixed.build();
  }

  /**
   * Describes the change, such as "Working hours: choose “Breaks only”".
   *
   * @return one message per decision
   */
  public List<Message> messages() {
    return decisions().stream()
        .map(
            d ->
                Message.of("suggestion.decide", "area", Labels.area(d.area()))
                    .with("option", Labels.option(d.area(), d.option().id())))
        .toList();
  }

  /**
   * Returns an unverified suggestion.
   *
   * @param decisions the decisions to make
   * @return the suggestion
   */
  public static Suggestion of(List<Decision> decisions) {
    return ImmutableSuggestion.builder().decisions(decisions).build();
  }

  Suggestion asVerified() {
    return ImmutableSuggestion.builder().from(this).verified(true).build();
  }

  @Value.Check
  void check() {
    if (decisions().isEmpty()) {
      throw new IllegalArgumentException("a suggestion makes at least one decision");
    }
  }

  @Override
  public String toString() {
    return decisions().toString();
  }
}
