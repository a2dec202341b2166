package dev.guidepost.bench.check;

import static dev.guidepost.bench.check.ByHand.state;

import dev.guidepost.bench.check.FindingView.Fix;
import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.message.Labels;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.WorkingHours;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The two generic parameter checks, by hand: a required value missing, a number out of range. */
final class ParametersByHand {
  private ParametersByHand() {}

  static boolean required(Policy p) {
    for (Decision decision : p.decisions().values()) {
      for (Parameter parameter : decision.option().parameters()) {
        if (parameter.required() && !decision.values().containsKey(parameter.name())) {
          return true;
        }
      }
    }
    return false;
  }

  static void required(Policy p, List<FindingView> out) {
    for (Decision decision : p.decisions().values()) {
      for (Parameter parameter : decision.option().parameters()) {
        if (parameter.required() && !decision.values().containsKey(parameter.name())) {
          ParameterValue sensible = sensibleValue(parameter);
          out.add(
              finding(
                  "parameter-required",
                  p,
                  decision,
                  parameter,
                  Fact.MISSING,
                  sensible == null
                      ? List.of()
                      : List.of(Fix.of(decision.withValue(parameter.name(), sensible)))));
        }
      }
    }
  }

  static boolean inRange(Policy p) {
    for (Decision decision : p.decisions().values()) {
      for (Parameter parameter : decision.option().parameters()) {
        if (outOfRange(decision, parameter) != null) {
          return true;
        }
      }
    }
    return false;
  }

  static void inRange(Policy p, List<FindingView> out) {
    for (Decision decision : p.decisions().values()) {
      for (Parameter parameter : decision.option().parameters()) {
        ParameterValue value = outOfRange(decision, parameter);
        if (value != null) {
          long clamped = value.asInteger();
          clamped = Math.max(clamped, parameter.minimum().orElse(clamped));
          clamped = Math.min(clamped, parameter.maximum().orElse(clamped));
          out.add(
              finding(
                  "parameter-in-range",
                  p,
                  decision,
                  parameter,
                  value.toString(),
                  List.of(
                      Fix.of(
                          decision.withValue(
                              parameter.name(), ParameterValue.ofInteger(clamped))))));
        }
      }
    }
  }

  private static @Nullable ParameterValue outOfRange(Decision decision, Parameter parameter) {
    ParameterValue value = decision.values().get(parameter.name());
    boolean timeLimit =
        decision.option().id().equals(WorkingHours.TIME_LIMITED.id())
            && decision.area().equals(WorkingHours.ID)
            && parameter.name().equals(WorkingHours.MINUTES_PER_DAY);
    return value != null && !parameter.inRange(value) && !timeLimit ? value : null;
  }

  private static @Nullable ParameterValue sensibleValue(Parameter parameter) {
    return switch (parameter.kind()) {
      case INTEGER -> {
        long preferred = parameter.name().equals("months") ? 12 : 30;
        long min = parameter.minimum().orElse(preferred);
        long max = parameter.maximum().orElse(preferred);
        yield ParameterValue.ofInteger(Math.min(Math.max(preferred, min), max));
      }
      case BOOLEAN -> ParameterValue.ofBoolean(true);
      case CHOICE -> ParameterValue.ofChoice(parameter.allowedValues().get(0));
      case CHOICES -> ParameterValue.ofChoices(List.of(parameter.allowedValues().get(0)));
      case TEXT, DATE, TEXTS -> null;
    };
  }

  private static FindingView finding(
      String rule,
      Policy p,
      Decision decision,
      Parameter parameter,
      String value,
      List<Fix> suggestions) {
    Optional<Long> minimum = parameter.minimum();
    Optional<Long> maximum = parameter.maximum();
    String key = "rule." + rule + ".message";
    if (rule.equals("parameter-in-range") && minimum.isPresent() != maximum.isPresent()) {
      key += minimum.isPresent() ? ".at-least" : ".at-most";
    }
    Message message =
        Message.of(key, "area", Labels.area(decision.area()))
            .with("option", Labels.option(decision.area(), decision.option().id()))
            .with("parameter", Labels.parameter(parameter.name()))
            .with("value", Message.literal(value));
    if (minimum.isPresent()) {
      message = message.with("minimum", Message.literal(String.valueOf(minimum.get())));
    }
    if (maximum.isPresent()) {
      message = message.with("maximum", Message.literal(String.valueOf(maximum.get())));
    }
    return new FindingView(
        rule,
        Severity.ERROR,
        List.of(decision.area()),
        List.of(
            state(p, decision.area()), Fact.parameter(decision.area(), parameter.name(), value)),
        message,
        null,
        ByHand.source(rule),
        suggestions);
  }
}
