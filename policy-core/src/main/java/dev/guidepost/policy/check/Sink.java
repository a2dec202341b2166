package dev.guidepost.policy.check;

import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.message.MessageBundle;
import dev.guidepost.policy.model.Decision;
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
   * Makes the findings, their keyed texts bound to the checker's bundle unless bound to their own.
   */
  List<Finding> finish(String rule, Severity severity, Sources sources, MessageBundle messages) {
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
      draft.suggestions.forEach(s -> finding.addSuggestion(Suggestion.of(s)));
      findings.add(finding.build());
    }
    return findings;
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
