package dev.guidepost.policy.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.catalogue.Strictness;
import dev.guidepost.policy.generate.Property;
import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.StandardCatalogue;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The version bump over seeded random policies; see {@link Property} for seeds. */
class BumpProperties {
  private static final Strictness STRICTNESS = StandardCatalogue.strictness();
  private static final List<Area> SCALED =
      StandardCatalogue.catalogue().areas().stream()
          .filter(area -> !STRICTNESS.bindsNoOne(area.id()))
          .toList();

  @Test
  void making_a_rule_stricter_is_never_a_patch_and_relaxing_then_restricting_is_major() {
    Random random = new Random(Property.baseSeed() + 7);
    Property.forAll(
        policy -> {
          Area area = SCALED.get(random.nextInt(SCALED.size()));
          List<Option> options = area.options();
          Option lower = options.get(random.nextInt(options.size()));
          Option higher = options.get(random.nextInt(options.size()));
          int low = STRICTNESS.rank(area.id(), lower.id()).orElseThrow();
          int high = STRICTNESS.rank(area.id(), higher.id()).orElseThrow();
          if (low >= high) {
            return;
          }
          Policy relaxed = policy.toBuilder().decide(Decision.of(lower)).build();
          Policy restricted = policy.toBuilder().decide(Decision.of(higher)).build();
          Bump restricting = Bump.of(PolicyDiff.between(relaxed, restricted), STRICTNESS);
          assertThat(restricting).isEqualTo(Bump.MAJOR).isNotEqualTo(Bump.PATCH);
          Bump relaxing = Bump.of(PolicyDiff.between(restricted, relaxed), STRICTNESS);
          assertThat(relaxing).isEqualTo(Bump.MINOR);
          assertThat(relaxing.max(restricting)).isEqualTo(Bump.MAJOR);
        });
  }

  @Test
  void adding_a_restriction_to_a_policy_is_never_a_patch() {
    Random random = new Random(Property.baseSeed() + 8);
    Property.forAll(
        policy -> {
          Area area = SCALED.get(random.nextInt(SCALED.size()));
          Option option = area.options().get(random.nextInt(area.options().size()));
          if (STRICTNESS.rank(area.id(), option.id()).orElseThrow() == 0
              || policy.decision(area.id()).isPresent()) {
            return;
          }
          Policy stricter = policy.toBuilder().decide(Decision.of(option)).build();
          assertThat(Bump.of(PolicyDiff.between(policy, stricter), STRICTNESS))
              .isEqualTo(Bump.MAJOR);
        });
  }

  @Test
  void the_bump_of_a_difference_is_at_least_the_bump_of_each_change() {
    Random seeds = new Random(Property.baseSeed() + 9);
    Property.forAll(
        older -> {
          Policy newer = dev.guidepost.policy.generate.PolicyGenerator.policy(seeds.nextLong());
          PolicyDiff diff = PolicyDiff.between(older, newer);
          Bump bump = Bump.of(diff, STRICTNESS);
          diff.decisions()
              .forEach(c -> assertThat(bump).isGreaterThanOrEqualTo(Bump.of(c, STRICTNESS)));
          diff.clauses().forEach(c -> assertThat(bump).isGreaterThanOrEqualTo(Bump.of(c)));
          assertThat(bump == Bump.NONE)
              .isEqualTo(
                  diff.details().stream().allMatch(d -> Bump.of(d) == Bump.NONE)
                      && diff.decisions().isEmpty()
                      && diff.clauses().isEmpty());
        });
  }
}
