package dev.guidepost.policy.condition;

import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.model.Policy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code all}, {@code any} and {@code not} over other conditions. */
final class Combined implements Condition {
  enum Operator {
    ALL,
    ANY,
    NOT
  }

  private final Operator operator;
  private final List<Condition> parts;

  Combined(Operator operator, List<Condition> parts) {
    this.operator = operator;
    this.parts = List.copyOf(parts);
  }

  @Override
  public boolean test(Policy policy) {
    return switch (operator) {
      case ALL -> all(policy);
      case ANY -> any(policy);
      case NOT -> !parts.get(0).test(policy);
    };
  }

  private boolean all(Policy policy) {
    for (Condition part : parts) {
      if (!part.test(policy)) {
        return false;
      }
    }
    return true;
  }

  private boolean any(Policy policy) {
    for (Condition part : parts) {
      if (part.test(policy)) {
        return true;
      }
    }
    return false;
  }

  /** For {@code any}, only the parts that hold explain it; otherwise every part does. */
  @Override
  public List<Fact> facts(Policy policy) {
    Set<Fact> facts = new LinkedHashSet<>();
    boolean anyHolds = operator == Operator.ANY && any(policy);
    for (Condition part : parts) {
      if (!anyHolds || part.test(policy)) {
        facts.addAll(part.facts(policy));
      }
    }
    return List.copyOf(facts);
  }

  @Override
  public List<String> areas() {
    Set<String> areas = new LinkedHashSet<>();
    parts.forEach(part -> areas.addAll(part.areas()));
    return new ArrayList<>(areas);
  }

  @Override
  public String toString() {
    return operator.name().toLowerCase(java.util.Locale.ROOT)
        + parts.stream().map(Object::toString).collect(Collectors.joining(", ", "(", ")"));
  }
}
