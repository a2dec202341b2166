package dev.guidepost.policy.rules;

import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.condition.Condition;
import dev.guidepost.policy.condition.Conditions;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.Covers;
import java.util.List;

/**
 * What the document covers, as a condition. {@link #officialAccounts()} and {@link
 * #employeesOwnUse()} hold when the {@code covers} area is decided as that option or {@code both},
 * or is not decided at all, since a policy that does not say what it covers is read as covering
 * both; {@link #unsaid()} holds only when it is not decided. It reads the area but reports no fact,
 * so a finding says the same whatever the coverage that leaves its rule in force, and the findings
 * of a policy without the area stay as they were before it existed.
 */
final class CoversCondition implements Condition {
  private static final CoversCondition OFFICIAL_ACCOUNTS =
      new CoversCondition(
          Conditions.any(
              Conditions.missing(Covers.ID), Conditions.is(Covers.OFFICIAL_ACCOUNTS, Covers.BOTH)),
          Covers.ID + " in [official-accounts, both] or not addressed");
  private static final CoversCondition EMPLOYEES_OWN_USE =
      new CoversCondition(
          Conditions.any(
              Conditions.missing(Covers.ID), Conditions.is(Covers.EMPLOYEES_OWN_USE, Covers.BOTH)),
          Covers.ID + " in [employees-own-use, both] or not addressed");
  private static final CoversCondition UNSAID =
      new CoversCondition(Conditions.missing(Covers.ID), Covers.ID + " not addressed");

  private final Condition holds;
  private final String description;

  private CoversCondition(Condition holds, String description) {
    this.holds = holds;
    this.description = description;
  }

  /** Holds unless the document is a guideline for employees' own use only. */
  static Condition officialAccounts() {
    return OFFICIAL_ACCOUNTS;
  }

  /** Holds unless the document is a handbook for the organisation's accounts only. */
  static Condition employeesOwnUse() {
    return EMPLOYEES_OWN_USE;
  }

  /**
   * Holds when the document does not say what it covers: a policy written before the area existed,
   * whose findings keep their old reading.
   */
  static Condition unsaid() {
    return UNSAID;
  }

  @Override
  public boolean test(Policy policy) {
    return holds.test(policy);
  }

  /**
   * Returns no facts: a coverage under which a rule fires is one that leaves it in force, and the
   * findings say what is wrong, not what the document covers.
   */
  @Override
  public List<Fact> facts(Policy policy) {
    return List.of();
  }

  @Override
  public List<String> areas() {
    return List.of(Covers.ID);
  }

  @Override
  public String toString() {
    return description;
  }
}
