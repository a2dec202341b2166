package dev.guidepost.policy.rules;

import static dev.guidepost.policy.condition.Conditions.outside;

import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.check.FindingSink;
import dev.guidepost.policy.check.Reads;
import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.check.RuleContext;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.condition.DeclarativeRule;
import dev.guidepost.policy.message.Labels;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.source.Source;
import dev.guidepost.policy.source.Sources;
import dev.guidepost.policy.standard.WorkingHours;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Rules on parameter values: a required value missing, or a number outside its range. */
final class ParameterRules {
  private ParameterRules() {}

  static final Rule TIME_LIMIT_IN_RANGE =
      DeclarativeRule.builder("time-limit-in-range")
          .severity(Severity.ERROR)
          .sources(Sources.of(Source.catalogue()))
          .when(outside(WorkingHours.TIME_LIMITED, WorkingHours.MINUTES_PER_DAY, 1, 480))
          .suggest(ParameterRules::clampedMinutes)
          .build();

  static final Rule REQUIRED = new ParameterRule("parameter-required", true);

  static final Rule IN_RANGE = new ParameterRule("parameter-in-range", false);

  private static List<Decision> clampedMinutes(Policy policy) {
    return policy
        .decision(WorkingHours.ID)
        .flatMap(
            d ->
                d.option()
                    .parameter(WorkingHours.MINUTES_PER_DAY)
                    .flatMap(p -> d.value(p.name()).map(v -> clamp(d, p, v))))
        .map(List::of)
        .orElse(List.of());
  }

  static Decision clamp(Decision decision, Parameter parameter, ParameterValue value) {
    long clamped = value.asInteger();
    clamped = Math.max(clamped, parameter.minimum().orElse(clamped));
    clamped = Math.min(clamped, parameter.maximum().orElse(clamped));
    return decision.withValue(parameter.name(), ParameterValue.ofInteger(clamped));
  }

  /**
   * The value a fix suggests for a missing parameter: its declared default or else, by kind, 30
   * within the range, true, or the first allowed id; none for a text, a date or a list of texts.
   */
  static Optional<ParameterValue> sensibleValue(Parameter parameter) {
    if (parameter.defaultValue().isPresent()) {
      return parameter.defaultValue();
    }
    return switch (parameter.kind()) {
      case INTEGER -> {
        long preferred = 30;
        long min = parameter.minimum().orElse(preferred);
        long max = parameter.maximum().orElse(preferred);
        yield Optional.of(ParameterValue.ofInteger(Math.min(Math.max(preferred, min), max)));
      }
      case BOOLEAN -> Optional.of(ParameterValue.ofBoolean(true));
      case CHOICE -> Optional.of(ParameterValue.ofChoice(parameter.allowedValues().get(0)));
      case CHOICES ->
          Optional.of(ParameterValue.ofChoices(List.of(parameter.allowedValues().get(0))));
      case TEXT, DATE, TEXTS -> Optional.empty();
    };
  }

  /** Reports each required parameter that is missing, or each integer outside its range. */
  private static final class ParameterRule implements Rule {
    private final String id;
    private final boolean required;

    ParameterRule(String id, boolean required) {
      this.id = id;
      this.required = required;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public Severity severity() {
      return Severity.ERROR;
    }

    @Override
    public Set<Severity> severities() {
      return Set.of(Severity.ERROR);
    }

    /** Each finding is about one decision's parameter. */
    @Override
    public Reads reads() {
      return Reads.eachDecision();
    }

    @Override
    public Message summary() {
      return Message.of("rule." + id + ".summary");
    }

    @Override
    public Sources sources() {
      return Sources.of(Source.catalogue());
    }

    @Override
    public void check(Policy policy, RuleContext context, FindingSink sink) {
      for (Decision decision : policy.decisions().values()) {
        for (Parameter parameter : decision.option().parameters()) {
          Optional<ParameterValue> value = decision.value(parameter.name());
          if (required && parameter.required() && value.isEmpty()) {
            report(sink, policy, decision, parameter, Fact.MISSING)
                .ifPresent(
                    draft ->
                        sensibleValue(parameter)
                            .ifPresent(
                                v ->
                                    draft.suggest(
                                        List.of(decision.withValue(parameter.name(), v)))));
          } else if (!required
              && value.isPresent()
              && !parameter.inRange(value.get())
              && !isTimeLimit(decision, parameter)) {
            report(sink, policy, decision, parameter, value.get().toString())
                .ifPresent(
                    draft -> draft.suggest(List.of(clamp(decision, parameter, value.get()))));
          }
        }
      }
    }

    private static boolean isTimeLimit(Decision decision, Parameter parameter) {
      return decision.is(WorkingHours.TIME_LIMITED)
          && parameter.name().equals(WorkingHours.MINUTES_PER_DAY);
    }

    private Optional<FindingSink.Draft> report(
        FindingSink sink, Policy policy, Decision decision, Parameter parameter, String value) {
      Message message =
          Message.of(messageKey(parameter), "area", Labels.area(decision.area()))
              .with("option", Labels.option(decision.area(), decision.option().id()))
              .with("parameter", Labels.parameter(parameter.name()))
              .with("value", Message.literal(value));
      if (parameter.minimum().isPresent()) {
        message = message.with("minimum", Message.literal(parameter.minimum().get().toString()));
      }
      if (parameter.maximum().isPresent()) {
        message = message.with("maximum", Message.literal(parameter.maximum().get().toString()));
      }
      return Optional.of(
          sink.report(message)
              .area(decision.area())
              .fact(Fact.state(policy, decision.area()))
              .fact(Fact.parameter(decision.area(), parameter.name(), value)));
    }

    /**
     * The message of a missing value, or of a value out of a range with both bounds, with only a
     * minimum ({@code .at-least}) or with only a maximum ({@code .at-most}).
     */
    private String messageKey(Parameter parameter) {
      String key = "rule." + id + ".message";
      if (required || parameter.minimum().isPresent() == parameter.maximum().isPresent()) {
        return key;
      }
      return key + (parameter.minimum().isPresent() ? ".at-least" : ".at-most");
    }

    @Override
    public String toString() {
      return id;
    }
  }
}
