package dev.guidepost.policy.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules one checker runs, in order, indexed by the areas that can make them report an error: a
 * verified suggestion must add no error, and only the rules indexed under an area it changes (or
 * those that read every area) can add one.
 */
final class ActiveRules {
  private final List<ActiveRule> all;
  private final List<ActiveRule> errorRulesReadingEverything = new ArrayList<>();
  private final Map<String, List<ActiveRule>> errorRulesByArea = new HashMap<>();

  ActiveRules(List<ActiveRule> rules) {
    this.all = List.copyOf(rules);
    for (ActiveRule rule : all) {
      if (!rule.canReportErrors()) {
        continue;
      }
      Set<String> areas = rule.reads().limitedTo();
      if (areas == null) {
        errorRulesReadingEverything.add(rule);
      } else {
        areas.forEach(
            area -> errorRulesByArea.computeIfAbsent(area, a -> new ArrayList<>()).add(rule));
      }
    }
  }

  /** Every active rule, in the checker's order. */
  List<ActiveRule> all() {
    return all;
  }

  /**
   * The rules whose findings can be errors and can change when some areas change, each once.
   *
   * @param changed the ids of the areas that changed
   */
  Set<ActiveRule> errorRulesReading(Set<String> changed) {
    Set<ActiveRule> rules = new LinkedHashSet<>(errorRulesReadingEverything);
    for (String area : changed) {
      rules.addAll(errorRulesByArea.getOrDefault(area, List.of()));
    }
    return rules;
  }
}
