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
   * Describes the change, such as "Working hours: choose “Breaks only”", with the values the
   * decision gives its option's parameters, in the order the option declares them, such as "Review:
   * choose “Reviewed regularly” (months: 12)", so that two suggestions of one option tell apart.
   *
   * @return one message per decision
   */
  public List<Message> messages() {
    return decisions().stream().map(Suggestion::describe).toList();
  }

  private static Message describe(Decision decision) {
    List<Message> values =
        decision.option().parameters().stream()
            .flatMap(
                p ->
                    decision.value(p.name()).stream()
                        .map(
                            value ->
                                Message.of(
                                        "suggestion.value", "parameter", Labels.parameter(p.name()))
                                    .with("value", Labels.value(p, value))))
            .toList();
    Message chosen =
        Message.of(
                values.isEmpty() ? "suggestion.decide" : "suggestion.decide.values",
                "area",
                Labels.area(decision.area()))
            .with("option", Labels.option(decision.area(), decision.option().id()));
    return values.isEmpty() ? chosen : chosen.with("values", Message.list(values));
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
