package dev.guidepost.policy.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.model.Clause;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.WorkingHours;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PropertyTest {
  @Test
  void equal_seeds_generate_equal_policies() {
    for (long seed = 0; seed < 50; seed++) {
      assertThat(PolicyGenerator.policy(seed)).isEqualTo(PolicyGenerator.policy(seed));
    }
  }

  @Test
  void different_seeds_generate_varied_policies() {
    Random seeds = new Random(1);
    long distinct =
        Stream.generate(() -> PolicyGenerator.policy(seeds.nextLong()))
            .limit(50)
            .distinct()
            .count();
    assertThat(distinct).isEqualTo(50);
  }

  @Test
  void a_failing_property_reports_both_seeds_and_a_shrunk_policy() {
    Consumer<Policy> noWorkingHours =
        policy -> assertThat(policy.decision(WorkingHours.ID)).isEmpty();

    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());

    assertThatThrownBy(() -> Property.forAll(Property.DEFAULT_TRIES, noWorkingHours, quiet))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("-Dguidepost.seed=" + Property.baseSeed())
        .hasMessageContaining("PolicyGenerator.policy(")
        .hasMessageContaining("decisions={working-hours=");
  }

  @Test
  void shrinking_keeps_only_what_makes_the_property_fail() {
    Consumer<Policy> noWorkingHours =
        policy -> assertThat(policy.decision(WorkingHours.ID)).isEmpty();
    Policy failing =
        PolicyGenerator.policy(7).toBuilder()
            .decide(WorkingHours.timeLimited(30))
            .addCustomClause(
                Clause.builder().area("tone").putText(Language.ENGLISH, "Be kind.").build())
            .version("1.0.0")
            .owner("hr@acme.example")
            .build();

    Policy smallest = Property.shrink(failing, noWorkingHours);

    assertThat(smallest.decisions()).containsOnlyKeys(WorkingHours.ID);
    assertThat(smallest.decision(WorkingHours.ID).orElseThrow().values()).isEmpty();
    assertThat(smallest.customClauses()).isEmpty();
    assertThat(smallest.version()).isEmpty();
    assertThat(smallest.owner()).isEmpty();
    assertThat(smallest.effectiveFrom()).isEmpty();
    assertThat(smallest.organisation().employees()).isEmpty();
  }

  @Test
  void a_holding_property_passes() {
    Property.forAll(20, policy -> assertThat(policy.organisation().name()).isNotBlank());
  }
}
