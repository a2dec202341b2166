package dev.guidepost.bench.scale;

import static dev.guidepost.policy.condition.Conditions.all;
import static dev.guidepost.policy.condition.Conditions.is;

import dev.guidepost.bench.check.FindingView;
import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.condition.DeclarativeRule;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.source.Source;
import dev.guidepost.policy.source.Sources;
import dev.guidepost.policy.standard.StandardCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates declarative rules of the shape most built-in rules have: two areas decided as given
 * options, and one suggested decision for the second area.
 *
 * <p>For a policy that addresses every area, exactly every tenth rule fires (its options are the
 * policy's own); the others name at least one option the policy did not choose. Every fiftieth rule
 * is an error and every seventh a note, the rest are warnings; none of the errors fires, but a fix
 * may make one fire. So a checker of n rules reports n / 10 findings, whatever n is, and equal
 * arguments give equal rules.
 */
public final class GeneratedRules {
  private static final long SEED = 20261121L;

  private GeneratedRules() {}

  /**
   * One generated rule.
   *
   * @param id its id, {@code generated-00042}
   * @param severity its severity
   * @param first the option the first area must be decided as
   * @param second the option the second area must be decided as
   * @param fix the option the rule suggests for the second area
   */
  public record Spec(String id, Severity severity, Option first, Option second, Option fix) {
    /**
     * Tells whether the rule fires for a policy.
     *
     * @param policy the policy
     * @return true if both areas are decided as the rule's options
     */
    public boolean firesFor(Policy policy) {
      return chosen(policy, first) && chosen(policy, second);
    }

    /**
     * Returns the rule as Guidepost's declarative rule.
     *
     * @return the rule
     */
    public Rule declarative() {
      return DeclarativeRule.builder(id)
          .severity(severity)
          .sources(SOURCE)
          .when(all(is(first), is(second)))
          .suggest(Decision.of(fix))
          .build();
    }

    /**
     * Returns the unverified finding the rule makes for a policy it fires for, as the declarative
     * rule makes it: its texts name no country, so the message carries no argument.
     *
     * @param policy the policy
     * @return the finding
     */
    public FindingView finding(Policy policy) {
      return FindingView.fromFacts(
          id,
          severity,
          List.of(decided(first), decided(second)),
          Message.of("rule." + id + ".message"),
          null,
          SOURCE,
          List.of(FindingView.Fix.of(Decision.of(fix))));
    }

    private static boolean chosen(Policy policy, Option option) {
      Decision decision = policy.decisions().get(option.area());
      return decision != null && decision.option().id().equals(option.id());
    }

    private static Fact decided(Option option) {
      return Fact.of(Fact.Kind.DECISION, option.area(), option.id());
    }
  }

  /** The source every generated rule cites. */
  public static final Sources SOURCE = Sources.of(Source.text("generated for the benchmarks"));

  /**
   * Generates rules for a policy.
   *
   * @param count how many
   * @param policy a policy that addresses every area of the standard catalogue
   * @return the rules' specifications, in order
   */
  public static List<Spec> generate(int count, Policy policy) {
    Random random = new Random(SEED);
    List<Area> areas = StandardCatalogue.catalogue().areas();
    List<Spec> specs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Area a = areas.get(random.nextInt(areas.size()));
      Area b = areas.get(random.nextInt(areas.size()));
      while (b.equals(a)) {
        b = areas.get(random.nextInt(areas.size()));
      }
      Option chosenA = chosen(policy, a);
      Option chosenB = chosen(policy, b);
      boolean fires = i % 10 == 0;
      Option first = fires ? chosenA : other(random, a, chosenA);
      Option second = fires ? chosenB : pick(random, b);
      Severity severity =
          i % 50 == 25 ? Severity.ERROR : i % 7 == 3 ? Severity.INFO : Severity.WARNING;
      specs.add(
          new Spec(
              String.format(Locale.ROOT, "generated-%05d", i),
              severity,
              first,
              second,
              other(random, b, second)));
    }
    return specs;
  }

  /**
   * Returns the rules as Guidepost's declarative rules.
   *
   * @param specs the specifications
   * @return the rules, in order
   */
  public static List<Rule> declarative(List<Spec> specs) {
    List<Rule> rules = new ArrayList<>(specs.size());
    for (Spec spec : specs) {
      rules.add(spec.declarative());
    }
    return rules;
  }

  private static Option chosen(Policy policy, Area area) {
    Decision decision = policy.decisions().get(area.id());
    if (decision == null) {
      throw new IllegalArgumentException("the policy does not address " + area.id());
    }
    return decision.option();
  }

  private static Option pick(Random random, Area area) {
    return area.options().get(random.nextInt(area.options().size()));
  }

  private static Option other(Random random, Area area, Option not) {
    Option option = pick(random, area);
    while (option.id().equals(not.id())) {
      option = pick(random, area);
    }
    return option;
  }
}
