package dev.guidepost.policy.rules;

import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.check.FindingSink;
import dev.guidepost.policy.check.Reads;
import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.check.RuleContext;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.source.Source;
import dev.guidepost.policy.source.Sources;
import dev.guidepost.policy.standard.Review;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * {@code review-overdue}: the policy is reviewed every N months and its effective date plus N
 * months lies before today, as the checker's clock tells. The effective date is the policy's own
 * or, if it gives none, that of the last revision of its {@linkplain Policy#history() change
 * history}: the day its current version took effect, when it was last looked at.
 */
final class ReviewOverdueRule implements Rule {
  static final String ID = "review-overdue";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity severity() {
    return Severity.INFO;
  }

  @Override
  public Set<Severity> severities() {
    return Set.of(Severity.INFO);
  }

  /** Reads the review decision, besides the effective date (or the history's last) and today. */
  @Override
  public Reads reads() {
    return Reads.areas(Set.of(Review.ID));
  }

  @Override
  public Message summary() {
    return Message.of("rule." + ID + ".summary");
  }

  @Override
  public Sources sources() {
    return Sources.of(Source.commonPractice());
  }

  @Override
  public void check(Policy policy, RuleContext context, FindingSink sink) {
    Optional<LocalDate> since =
        policy
            .effectiveFrom()
            .or(
                () ->
                    policy.history().isEmpty()
                        ? Optional.empty()
                        : Optional.of(
                            policy.history().get(policy.history().size() - 1).effectiveFrom()));
    if (since.isEmpty()) {
      return;
    }
    LocalDate effective = since.get();
    policy
        .decision(Review.ID)
        .filter(d -> d.is(Review.EVERY))
        .flatMap(d -> d.value(Review.MONTHS))
        .filter(months -> months.asInteger() > 0)
        .ifPresent(
            months -> {
              LocalDate due = effective.plusMonths(Math.min(months.asInteger(), 1200));
              if (due.isBefore(context.today())) {
                sink.report(
                        Message.of("rule." + ID + ".message", "due", Message.date(due))
                            .with("effective", Message.date(effective)))
                    .area(Review.ID)
                    .fact(Fact.state(policy, Review.ID))
                    .fact(Fact.parameter(Review.ID, Review.MONTHS, months.toString()))
                    .advice(Message.of("rule." + ID + ".advice"));
              }
            });
  }

  @Override
  public String toString() {
    return ID;
  }
}
