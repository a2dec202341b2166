package dev.guidepost.policy.generate;

import dev.guidepost.policy.model.Clause;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A tiny property runner in plain JUnit 5: checks a property over generated policies and, when one
 * fails, shrinks it and reports the seeds that reproduce it.
 *
 * <p>The base seed is the system property {@code guidepost.seed}, else {@value #DEFAULT_SEED}; each
 * case's seed is drawn from it, so {@code PolicyGenerator.policy(caseSeed)} rebuilds one case.
 *
 * <pre>{@code
 * Property.forAll(policy -> assertThat(json.read(json.write(policy))).isEqualTo(policy));
 * }</pre>
 */
public final class Property {
  /** The base seed when {@code guidepost.seed} is not set. */
  public static final long DEFAULT_SEED = 20261121L;

  /** How many policies a property is checked over unless told. */
  public static final int DEFAULT_TRIES = 200;

  private Property() {}

  /**
   * Returns the base seed: the system property {@code guidepost.seed}, else {@link #DEFAULT_SEED}.
   *
   * @return the base seed
   */
  public static long baseSeed() {
    String seed = System.getProperty("guidepost.seed");
    return seed == null || seed.isBlank() ? DEFAULT_SEED : Long.parseLong(seed.trim());
  }

  /**
   * Checks a property over {@value #DEFAULT_TRIES} generated policies.
   *
   * @param property throws (an assertion error, say) when a policy breaks it
   */
  public static void forAll(Consumer<Policy> property) {
    forAll(DEFAULT_TRIES, property);
  }

  /**
   * Checks a property over some generated policies.
   *
   * @param tries how many policies
   * @param property throws (an assertion error, say) when a policy breaks it
   * @throws AssertionError naming the base seed, the failing case's seed and the smallest failing
   *     policy found by shrinking
   */
  public static void forAll(int tries, Consumer<Policy> property) {
    forAll(tries, property, System.err);
  }

  /** As {@link #forAll(int, Consumer)}, printing the failure report to {@code report}. */
  static void forAll(int tries, Consumer<Policy> property, PrintStream report) {
    long base = baseSeed();
    Random seeds = new Random(base);
    for (int i = 0; i < tries; i++) {
      long caseSeed = seeds.nextLong();
      Policy policy = PolicyGenerator.policy(caseSeed);
      Throwable failure = failure(property, policy);
      if (failure != null) {
        Policy smallest = shrink(policy, property);
        Throwable smallestFailure = failure(property, smallest);
        String message =
            "property failed on case "
                + (i + 1)
                + " of "
                + tries
                + " (base seed "
                + base
                + ", rerun with -Dguidepost.seed="
                + base
                + "; case seed "
                + caseSeed
                + ", rebuild with PolicyGenerator.policy("
                + caseSeed
                + "L))\nsmallest failing policy: "
                + smallest
                + "\nits failure: "
                + (smallestFailure == null ? failure : smallestFailure);
        report.println(message);
        throw new AssertionError(message, failure);
      }
    }
  }

  /**
   * Shrinks a failing policy: repeatedly takes the first smaller variant that still fails, until
   * none does.
   *
   * @param policy a policy the property fails on
   * @param property the property
   * @return the smallest failing policy found
   */
  public static Policy shrink(Policy policy, Consumer<Policy> property) {
    Policy current = policy;
    boolean shrunk = true;
    while (shrunk) {
      shrunk = false;
      for (Policy candidate : smaller(current)) {
        if (!candidate.equals(current) && failure(property, candidate) != null) {
          current = candidate;
          shrunk = true;
          break;
        }
      }
    }
    return current;
  }

  /** Returns variants with one decision, clause, parameter value or piece of metadata less. */
  static List<Policy> smaller(Policy policy) {
    List<Policy> smaller = new ArrayList<>();
    for (String area : policy.decisions().keySet()) {
      Map<String, Decision> decisions = new LinkedHashMap<>(policy.decisions());
      decisions.remove(area);
      smaller.add(policy.toBuilder().decisions(decisions).build());
    }
    for (int i = 0; i < policy.customClauses().size(); i++) {
      List<Clause> clauses = new ArrayList<>(policy.customClauses());
      clauses.remove(i);
      smaller.add(policy.toBuilder().customClauses(clauses).build());
    }
    for (Decision decision : policy.decisions().values()) {
      for (String name : decision.values().keySet()) {
        Decision.Builder fewer = Decision.builder().option(decision.option());
        decision
            .values()
            .forEach(
                (n, v) -> {
                  if (!n.equals(name)) {
                    fewer.putValue(n, v);
                  }
                });
        smaller.add(policy.toBuilder().decide(fewer.build()).build());
      }
    }
    smaller.add(policy.toBuilder().version(Optional.empty()).build());
    smaller.add(policy.toBuilder().effectiveFrom(Optional.empty()).build());
    smaller.add(policy.toBuilder().owner(Optional.empty()).build());
    Organisation organisation = policy.organisation();
    smaller.add(
        policy.toBuilder()
            .organisation(
                Organisation.builder().from(organisation).employees(OptionalInt.empty()).build())
            .build());
    smaller.add(
        policy.toBuilder()
            .languages(Language.standard())
            .authoritativeLanguage(Language.ENGLISH)
            .build());
    return smaller;
  }

  private static @Nullable Throwable failure(Consumer<Policy> property, Policy policy) {
    try {
      property.accept(policy);
      return null;
    } catch (AssertionError | RuntimeException e) {
      return e;
    }
  }
}
