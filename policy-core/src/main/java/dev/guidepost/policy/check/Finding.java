package dev.guidepost.policy.check;

import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.source.Sources;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one rule found in a policy: the rule's id and severity, the areas involved, the facts that
 * fired it, a message, advice, and concrete suggestions.
 *
 * <p>The rule id and severity are stamped by the checker, never by the rule's own code, so a rule
 * cannot mislabel a finding. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Finding {
  Finding() {}

  /**
   * Returns the id of the rule that found this.
   *
   * @return a rule id such as {@code advocacy-vs-working-hours-ban}
   */
  public abstract String rule();

  /**
   * Returns the severity.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Returns the areas involved, in the order the rule reads them.
   *
   * @return area ids; empty for a finding about the policy as a whole
   */
  public abstract List<String> areas();

  /**
   * Returns the facts that fired the rule.
   *
   * @return the facts, in order
   */
  public abstract List<Fact> facts();

  /**
   * Returns what is wrong, to be shown in a language.
   *
   * @return the message
   */
  public abstract Message message();

  /**
   * Returns advice on what to do, in words.
   *
   * @return the advice, if the rule gives any
   */
  public abstract Optional<Message> advice();

  /**
   * Returns what the rule that found this rests on: laws, decisions, guidance or practice.
   *
   * @return the rule's sources
   */
  public abstract Sources sources();

  /**
   * Returns the concrete fixes the rule suggests, verified or not.
   *
   * @return the suggestions, in order
   */
  public abstract List<Suggestion> suggestions();

  /**
   * Returns the suggestions the checker verified.
   *
   * @return the verified suggestions, in order
   */
  public List<Suggestion> fixes() {
    return suggestions().stream().filter(Suggestion::verified).toList();
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableFinding.Builder {}

  @Override
  public String toString() {
    return severity().id() + " " + rule() + " " + facts();
  }
}
