package dev.guidepost.policy.condition;

import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Policy;
import java.util.List;

/**
 * An area decided as one of some options, or not addressed when there are none: the leaves most
 * rules are made of, kept small and quick to test because a checker may hold thousands of them.
 */
final class Is implements Condition {
  private final String area;
  private final String[] ids;

  /**
   * Creates the condition.
   *
   * @param area the area
   * @param ids the options' ids, distinct; none for "not addressed"
   */
  Is(String area, List<String> ids) {
    this.area = area;
    this.ids = ids.toArray(new String[0]);
  }

  @Override
  public boolean test(Policy policy) {
    Decision decision = policy.decisions().get(area);
    if (decision == null) {
      return ids.length == 0;
    }
    String chosen = decision.option().id();
    for (String id : ids) {
      if (id.equals(chosen)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<Fact> facts(Policy policy) {
    return List.of(Fact.state(policy, area));
  }

  @Override
  public List<String> areas() {
    return List.of(area);
  }

  @Override
  public String toString() {
    return ids.length == 0 ? area + " not addressed" : area + " in " + List.of(ids);
  }
}
