package dev.guidepost.policy.condition;

import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.model.Policy;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** A condition on one area or one organisation fact. */
final class Leaf implements Condition {
  private final String description;
  private final Predicate<Policy> test;
  private final Function<Policy, List<Fact>> facts;
  private final List<String> areas;

  Leaf(
      String description,
      Predicate<Policy> test,
      Function<Policy, List<Fact>> facts,
      List<String> areas) {
    this.description = description;
    this.test = test;
    this.facts = facts;
    this.areas = List.copyOf(areas);
  }

  @Override
  public boolean test(Policy policy) {
    return test.test(policy);
  }

  @Override
  public List<Fact> facts(Policy policy) {
    return facts.apply(policy);
  }

  @Override
  public List<String> areas() {
    return areas;
  }

  @Override
  public String toString() {
    return description;
  }
}
