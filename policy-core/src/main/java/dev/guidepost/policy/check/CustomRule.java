package dev.guidepost.policy.check;

import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.source.Sources;
import java.util.Set;

/** A rule made of a lambda; see {@link Rule#builder}. */
final class CustomRule implements Rule {
  private final String id;
  private final Severity severity;
  private final Message summary;
  private final Sources sources;
  private final Reads reads;
  private final Check check;

  CustomRule(
      String id, Severity severity, Message summary, Sources sources, Reads reads, Check check) {
    this.id = id;
    this.severity = severity;
    this.summary = summary;
    this.sources = sources;
    this.reads = reads;
    this.check = check;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public Set<Severity> severities() {
    return Set.of(severity);
  }

  @Override
  public Reads reads() {
    return reads;
  }

  @Override
  public Message summary() {
    return summary;
  }

  @Override
  public Sources sources() {
    return sources;
  }

  @Override
  public void check(Policy policy, RuleContext context, FindingSink sink) {
    check.check(policy, context, sink);
  }

  @Override
  public String toString() {
    return id;
  }
}
