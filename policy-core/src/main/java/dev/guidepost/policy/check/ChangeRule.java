package dev.guidepost.policy.check;

import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.source.Sources;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule about a change between two versions of a policy, such as new monitoring that takes effect
 * too soon after employees are told. A {@link ChangeChecker} runs it once for each country of the
 * newer version's organisation and turns what it judges into a {@link Finding} stamped with the
 * rule's id and sources. Implementations are immutable and thread-safe.
 */
public interface ChangeRule {
  /**
   * Returns the rule's id.
   *
   * @return a kebab-case id, unique among rules
   */
  String id();

  /**
   * Returns what the rule rests on.
   *
   * @return the sources
   */
  Sources sources();

  /**
   * Judges a change as the law of one country sees it.
   *
   * @param older the version before the change
   * @param newer the version after it
   * @param organisation the newer version's organisation as if it worked in one country only
   * @return what the rule found, or empty if nothing
   */
  Optional<Verdict> judge(Policy older, Policy newer, Organisation organisation);

  /**
   * What a change rule found: how serious it is and what it says.
   *
   * @param severity the severity
   * @param message the message, keyed in the standard bundle or bound to one of its own
   */
  record Verdict(Severity severity, Message message) {
    /**
     * Checks the parts.
     *
     * @param severity the severity
     * @param message the message
     */
    public Verdict {
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(message, "message");
    }
  }
}
