package dev.guidepost.policy.check;

import dev.guidepost.policy.internal.Ids;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Policy;
import java.util.Objects;

/** A rule made of a lambda; see {@link Rule#of}. */
final class CustomRule implements Rule {
  private final String id;
  private final Severity severity;
  private final Message summary;
  private final String source;
  private final Check check;

  CustomRule(String id, Severity severity, Message summary, String source, Check check) {
    this.id = Ids.requireKebabCase("a rule id", Objects.requireNonNull(id, "id"));
    this.severity = Objects.requireNonNull(severity, "severity");
    this.summary = summary;
    this.source = Objects.requireNonNull(source, "source");
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
  public Message summary() {
    return summary;
  }

  @Override
  public String source() {
    return source;
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
