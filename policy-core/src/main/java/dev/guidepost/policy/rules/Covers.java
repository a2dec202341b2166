package dev.guidepost.policy.rules;

import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.condition.Condition;
import dev.guidepost.policy.condition.Conditions;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.Coverage;
import java.util.Arrays;
import java.util.List;

/**
 * What the document covers, as a condition: it holds when the {@code coverage} area is decided as
 * one of some options or is not decided at all, since a policy that does not say what it covers is
 * read as covering both. Its fact is the coverage decision when there is one and nothing otherwise,
 * so the findings of a policy without the area stay as they were before it existed.
 */
final class Covers implements Condition {
  private static final Covers OFFICIAL_ACCOUNTS =
      new Covers(Coverage.OFFICIAL_ACCOUNTS, Coverage.BOTH);
  private static final Covers EMPLOYEES_OWN_USE =
      new Covers(Coverage.EMPLOYEES_OWN_USE, Coverage.BOTH);

  private final Condition decided;
  private final String description;

  private Covers(Option... options) {
    this.decided = Conditions.is(options);
    this.description =
        Coverage.ID
            + " in "
            + Arrays.stream(options).map(Option::id).toList()
            + " or not addressed";
  }

  /** Holds unless the document is a guideline for employees' own use only. */
  static Condition officialAccounts() {
    return OFFICIAL_ACCOUNTS;
  }

  /** Holds unless the document is a handbook for the organisation's accounts only. */
  static Condition employeesOwnUse() {
    return EMPLOYEES_OWN_USE;
  }

  @Override
  public boolean test(Policy policy) {
    return policy.decision(Coverage.ID).isEmpty() || decided.test(policy);
  }

  @Override
  public List<Fact> facts(Policy policy) {
    return policy.decision(Coverage.ID).isPresent() ? decided.facts(policy) : List.of();
  }

  @Override
  public List<String> areas() {
    return List.of(Coverage.ID);
  }

  @Override
  public String toString() {
    return description;
  }
}
