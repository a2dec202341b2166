package dev.guidepost.policy.check;

import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.message.MessageBundle;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.source.Sources;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Collects one rule's findings and stamps them with its id, severity and sources. */
final class Sink implements FindingSink {
  private final List<DraftFinding> drafts = new ArrayList<>();

  @Override
  public Draft report(Message message) {
    DraftFinding draft = new DraftFinding(message);
    drafts.add(draft);
    return draft;
  }

  private static Message bound(Message message, MessageBundle messages) {
    return message.bundle().isPresent() || message.key().isEmpty() ? message : message.in(messages);
  }

  boolean isEmpty() {
    return drafts.isEmpty();
  }

  /**
   * Makes the findings, their keyed texts bound to the checker's bundle unless bound to their own,
   * each suggested decision {@linkplain #keepingAudience keeping the audience} of the one it
   * replaces in the policy checked.
   */
  List<Finding> finish(
      String rule, Severity severity, Sources sources, MessageBundle messages, Policy policy) {
    List<Finding> findings = new ArrayList<>();
    for (DraftFinding draft : drafts) {
      Finding.Builder finding =
          Finding.builder()
              .rule(rule)
              .severity(severity)
              .sources(sources)
              .message(bound(draft.message, messages))
              .areas(draft.areas)
              .facts(draft.facts);
      if (draft.advice != null) {
        finding.advice(bound(draft.advice, messages));
      }
      draft.suggestions.forEach(
          s -> finding.addSuggestion(Suggestion.of(keepingAudience(s, policy))));
      findings.add(finding.build());
    }
    return findings;
  }

  /**
   * Returns suggested decisions with the audience of the decisions they replace: a rule suggests
   * another option of an area, and the people the policy's decision binds (spokespersons, say) are
   * still the ones it should bind. A suggestion that names an audience itself keeps it. The one
   * exception is a decision for everyone that is otherwise the replaced decision, with its option
   * and values: that suggestion is about the audience itself (as {@code
   * audience-on-a-rule-for-everyone} unbinds a decision that must bind everyone), so it stays
   * unbound.
   */
  private static List<Decision> keepingAudience(List<Decision> suggested, Policy policy) {
    List<Decision> kept = new ArrayList<>(suggested.size());
    for (Decision decision : suggested) {
      Decision replaced = policy.decision(decision.area()).orElse(null);
      boolean unbinding =
          replaced != null
              && replaced.option().equals(decision.option())
              && replaced.values().equals(decision.values());
      kept.add(
          replaced == null || !decision.bindsEveryone() || unbinding
              ? decision
              : replaced.binds().map(decision::boundTo).orElse(decision));
    }
    return kept;
  }

  private static final class DraftFinding implements Draft {
    private final Message message;
    private final Set<String> areas = new LinkedHashSet<>();
    private final Set<Fact> facts = new LinkedHashSet<>();
    private final List<List<Decision>> suggestions = new ArrayList<>();
    private @Nullable Message advice;

    DraftFinding(Message message) {
      this.message = message;
    }

    @Override
    public Draft area(String area) {
      areas.add(area);
      return this;
    }

    @Override
    public Draft fact(Fact fact) {
      facts.add(fact);
      return this;
    }

    @Override
    public Draft advice(Message advice) {
      this.advice = advice;
      return this;
    }

    @Override
    public Draft suggest(List<Decision> decisions) {
      suggestions.add(List.copyOf(decisions));
      return this;
    }
  }
}
