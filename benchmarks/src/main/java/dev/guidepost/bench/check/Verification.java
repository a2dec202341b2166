package dev.guidepost.bench.check;

import dev.guidepost.policy.check.Checker;
import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Policy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What {@link Checker#check(Policy)} does around its rules, written plainly for the references: run
 * the rules in each of the organisation's countries and keep each finding once (findings alike but
 * for their country become one that names each country), then verify each suggestion by applying it
 * to a copy of the policy and running the rules again. A suggestion is verified when its finding is
 * gone and no new error or warning appears in any country. The findings come back in the order of a
 * report.
 */
public final class Verification {
  private Verification() {}

  /**
   * Checks a policy with an engine that finds unverified findings.
   *
   * @param engineInOneCountry runs the rules once, in the organisation's home country
   * @param policy the policy
   * @return the findings with verified suggestions, in report order
   */
  public static List<FindingView> check(
      Function<Policy, List<FindingView>> engineInOneCountry, Policy policy) {
    Function<Policy, List<FindingView>> engine = inEveryCountry(engineInOneCountry);
    List<FindingView> findings = engine.apply(policy);
    Map<Objection, Severity> objections = objections(findings);
    List<FindingView> verified = new ArrayList<>(findings.size());
    for (FindingView finding : findings) {
      List<FindingView.Fix> suggestions = new ArrayList<>(finding.suggestions().size());
      for (FindingView.Fix suggestion : finding.suggestions()) {
        List<FindingView> after = engine.apply(suggestion.applyTo(policy));
        boolean cleared = !keys(after).contains(finding.key());
        boolean noNewObjection = noneNew(objections, objections(after));
        suggestions.add(new FindingView.Fix(suggestion.decisions(), cleared && noNewObjection));
      }
      verified.add(finding.withSuggestions(suggestions));
    }
    verified.sort(FindingView.ORDER);
    return verified;
  }

  private static Function<Policy, List<FindingView>> inEveryCountry(
      Function<Policy, List<FindingView>> engine) {
    return policy -> {
      List<FindingView> findings = new ArrayList<>();
      Map<CountryFree, Integer> positions = new HashMap<>();
      for (Country country : policy.organisation().countries()) {
        List<FindingView> view =
            engine.apply(
                Policy.builder()
                    .from(policy)
                    .organisation(policy.organisation().in(country))
                    .build());
        Set<CountryFree> seen = new HashSet<>();
        for (FindingView finding : view) {
          CountryFree key = CountryFree.of(finding);
          Integer position = positions.get(key);
          if (position != null && seen.add(key)) {
            findings.set(position, naming(findings.get(position), finding));
          } else {
            positions.putIfAbsent(key, findings.size());
            seen.add(key);
            findings.add(finding);
          }
        }
      }
      return List.copyOf(findings);
    };
  }

  /** The finding with the country facts of another added after its own. */
  private static FindingView naming(FindingView finding, FindingView other) {
    List<Fact> facts = new ArrayList<>(finding.facts());
    int after = 0;
    for (int i = 0; i < facts.size(); i++) {
      if (facts.get(i).kind() == Fact.Kind.COUNTRY) {
        after = i + 1;
      }
    }
    for (Fact fact : other.facts()) {
      if (fact.kind() == Fact.Kind.COUNTRY && !facts.contains(fact)) {
        facts.add(after++, fact);
      }
    }
    return withFacts(finding, facts);
  }

  private static FindingView withFacts(FindingView finding, List<Fact> facts) {
    return new FindingView(
        finding.rule(),
        finding.severity(),
        finding.areas(),
        List.copyOf(facts),
        finding.message(),
        finding.advice(),
        finding.sources(),
        finding.suggestions());
  }

  private static Set<FindingView.Key> keys(List<FindingView> findings) {
    Set<FindingView.Key> keys = new HashSet<>();
    for (FindingView finding : findings) {
      keys.add(finding.key());
    }
    return keys;
  }

  /** The errors and warnings by rule and message, each with its most severe severity. */
  private static Map<Objection, Severity> objections(List<FindingView> findings) {
    Map<Objection, Severity> objections = new HashMap<>();
    for (FindingView finding : findings) {
      if (finding.severity() != Severity.INFO) {
        Objection objection = new Objection(finding.key().rule(), finding.key().message());
        Severity had = objections.get(objection);
        if (had == null || finding.severity().compareTo(had) < 0) {
          objections.put(objection, finding.severity());
        }
      }
    }
    return objections;
  }

  /** Whether every objection after a fix was there before, at least as severe. */
  private static boolean noneNew(Map<Objection, Severity> before, Map<Objection, Severity> after) {
    for (Map.Entry<Objection, Severity> objection : after.entrySet()) {
      Severity had = before.get(objection.getKey());
      if (had == null || objection.getValue().compareTo(had) < 0) {
        return false;
      }
    }
    return true;
  }

  /** A finding without its country facts, and whether it had any, as the checker compares them. */
  private record CountryFree(FindingView finding, boolean named) {
    static CountryFree of(FindingView finding) {
      List<Fact> others = new ArrayList<>();
      for (Fact fact : finding.facts()) {
        if (fact.kind() != Fact.Kind.COUNTRY) {
          others.add(fact);
        }
      }
      return new CountryFree(withFacts(finding, others), others.size() < finding.facts().size());
    }
  }

  /** What a rule objects to, whatever areas it names. */
  private record Objection(String rule, Message message) {}
}
