package dev.guidepost.policy.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One rule's findings over the country views of a policy, each finding once. Findings that two
 * views give alike are kept once; findings alike but for the country they name become one finding
 * that names each of those countries, in the order of the views. A finding a view gives twice, or
 * one that names no country where the other names one, stays apart. Not thread-safe; used for one
 * rule's run.
 */
final class CountryFindings {
  private final List<Finding> findings = new ArrayList<>();
  private final Map<Key, Integer> positions = new HashMap<>();

  /**
   * Adds the findings of the next view.
   *
   * @param view the findings one view gives
   */
  void add(List<Finding> view) {
    Set<Key> seen = new HashSet<>();
    for (Finding finding : view) {
      Key key = Key.of(finding);
      Integer position = positions.get(key);
      if (position == null || !seen.add(key)) {
        positions.putIfAbsent(key, findings.size());
        seen.add(key);
        findings.add(finding);
      } else {
        findings.set(position, naming(findings.get(position), finding));
      }
    }
  }

  /** The findings, in the order they were first given. */
  List<Finding> all() {
    return List.copyOf(findings);
  }

  /** A finding with the country facts of another added after its own. */
  private static Finding naming(Finding finding, Finding other) {
    List<Fact> facts = new ArrayList<>(finding.facts());
    int after = 0;
    for (int i = 0; i < facts.size(); i++) {
      if (isCountry(facts.get(i))) {
        after = i + 1;
      }
    }
    for (Fact fact : other.facts()) {
      if (isCountry(fact) && !facts.contains(fact)) {
        facts.add(after++, fact);
      }
    }
    return Finding.builder().from(finding).facts(facts).build();
  }

  private static boolean isCountry(Fact fact) {
    return fact.kind() == Fact.Kind.COUNTRY;
  }

  /** A finding without its country facts, and whether it had any. */
  private record Key(Finding finding, boolean named) {
    static Key of(Finding finding) {
      List<Fact> others = finding.facts().stream().filter(fact -> !isCountry(fact)).toList();
      return new Key(
          Finding.builder().from(finding).facts(others).build(),
          others.size() < finding.facts().size());
    }
  }
}
