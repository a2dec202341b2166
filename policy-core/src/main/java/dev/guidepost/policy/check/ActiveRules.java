package dev.guidepost.policy.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules one checker runs, in order, indexed by the areas that can make them object (report an
 * error or a warning): a verified suggestion must add no objection, and only the rules indexed
 * under an area it changes (or those that read every area) can add one.
 */
final class ActiveRules {
  private final List<ActiveRule> all;
  private final List<ActiveRule> objectingRulesReadingEverything = new ArrayList<>();
  private final Map<String, List<ActiveRule>> objectingRulesByArea = new HashMap<>();

  ActiveRules(List<ActiveRule> rules) {
    this.all = List.copyOf(rules);
    for (ActiveRule rule : all) {
      if (!rule.canObject()) {
        continue;
      }
      Set<String> areas = rule.reads().limitedTo();
      if (areas == null) {
        objectingRulesReadingEverything.add(rule);
      } else {
        areas.forEach(
            area -> objectingRulesByArea.computeIfAbsent(area, a -> new ArrayList<>()).add(rule));
      }
    }
  }

  /** Every active rule, in the checker's order. */
  List<ActiveRule> all() {
    return all;
  }

  /**
   * The rules whose findings can be errors or warnings and can change when some areas change, each
   * once.
   *
   * @param changed the ids of the areas that changed
   */
  Set<ActiveRule> objectingRulesReading(Set<String> changed) {
    Set<ActiveRule> rules = new LinkedHashSet<>(objectingRulesReadingEverything);
    for (String area : changed) {
      rules.addAll(objectingRulesByArea.getOrDefault(area, List.of()));
    }
    return rules;
  }
}
