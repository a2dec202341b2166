package dev.guidepost.policy.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.generate.PolicyGenerator;
import dev.guidepost.policy.generate.Property;
import dev.guidepost.policy.model.Policy;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Invariants of the difference over seeded random policies; see {@link Property} for seeds. */
class PolicyDiffProperties {
  @Test
  void a_policy_does_not_differ_from_itself_or_from_its_rebuilt_copy() {
    Property.forAll(
        policy -> {
          assertThat(PolicyDiff.between(policy, policy).isEmpty()).isTrue();
          assertThat(PolicyDiff.between(policy, policy.toBuilder().build()).isEmpty()).isTrue();
        });
  }

  @Test
  void each_decision_change_holds_the_two_versions_decisions_and_every_other_area_is_equal() {
    Random seeds = new Random(Property.baseSeed());
    Property.forAll(
        older -> {
          Policy newer = PolicyGenerator.policy(seeds.nextLong());
          List<DecisionChange> changes = PolicyDiff.between(older, newer).decisions();
          for (DecisionChange change : changes) {
            assertThat(change.before()).isEqualTo(older.decision(change.area()));
            assertThat(change.after()).isEqualTo(newer.decision(change.area()));
          }
          List<String> changed = changes.stream().map(DecisionChange::area).toList();
          older.decisions().keySet().stream()
              .filter(area -> !changed.contains(area))
              .forEach(area -> assertThat(newer.decision(area)).isEqualTo(older.decision(area)));
          newer.decisions().keySet().stream()
              .filter(area -> !changed.contains(area))
              .forEach(area -> assertThat(older.decision(area)).isEqualTo(newer.decision(area)));
        });
  }

  @Test
  void the_difference_backwards_mirrors_the_difference_forwards() {
    Random seeds = new Random(Property.baseSeed() + 1);
    Property.forAll(
        older -> {
          Policy newer = PolicyGenerator.policy(seeds.nextLong());
          PolicyDiff forwards = PolicyDiff.between(older, newer);
          PolicyDiff backwards = PolicyDiff.between(newer, older);
          assertThat(backwards.decisions())
              .extracting(DecisionChange::area)
              .containsExactlyInAnyOrderElementsOf(
                  forwards.decisions().stream().map(DecisionChange::area).toList());
          assertThat(backwards.decisions())
              .extracting(change -> mirror(change.kind()))
              .containsExactlyInAnyOrderElementsOf(
                  forwards.decisions().stream().map(DecisionChange::kind).toList());
          assertThat(backwards.clauses()).hasSameSizeAs(forwards.clauses());
          assertThat(backwards.details())
              .extracting(DetailChange::detail)
              .containsExactlyElementsOf(
                  forwards.details().stream().map(DetailChange::detail).toList());
        });
  }

  private static ChangeKind mirror(ChangeKind kind) {
    return switch (kind) {
      case ADDED -> ChangeKind.REMOVED;
      case REMOVED -> ChangeKind.ADDED;
      case CHANGED -> ChangeKind.CHANGED;
    };
  }
}
