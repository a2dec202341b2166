package dev.guidepost.policy.check;

import dev.guidepost.policy.model.Policy;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Applies verified fixes round by round until none is left or a policy repeats. */
final class Fixer {
  private Fixer() {}

  static Policy fix(Checker checker, Policy policy, Predicate<Finding> which) {
    Set<Policy> seen = new HashSet<>();
    Policy current = policy;
    while (seen.add(current)) {
      Optional<Suggestion> next =
          checker.check(current).findings().stream()
              .filter(which)
              .flatMap(finding -> finding.fixes().stream())
              .findFirst();
      if (next.isEmpty()) {
        return current;
      }
      current = next.get().applyTo(current);
    }
    return current;
  }
}
