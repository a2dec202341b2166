package dev.guidepost.policy.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadsTest {
  private static final Set<String> WORKING_HOURS = Set.of("working-hours");
  private static final Set<String> ADVOCACY = Set.of("advocacy");

  @Test
  void a_rule_that_reads_everything_is_affected_by_every_change() {
    Reads reads = Reads.everything();

    assertThat(reads.affectedBy(WORKING_HOURS)).isTrue();
    assertThat(reads.affectedBy(Set.of())).isTrue();
    assertThat(reads.limitedTo()).isNull();
    assertThat(reads.perDecision()).isFalse();
    assertThat(reads).hasToString("everything").isSameAs(Reads.everything());
  }

  @Test
  void a_rule_that_reads_areas_is_affected_only_by_a_change_to_one_of_them() {
    Reads reads = Reads.areas(Set.of("working-hours", "advocacy"));

    assertThat(reads.affectedBy(WORKING_HOURS)).isTrue();
    assertThat(reads.affectedBy(Set.of("monitoring", "advocacy"))).isTrue();
    assertThat(reads.affectedBy(Set.of("monitoring"))).isFalse();
    assertThat(reads.affectedBy(Set.of())).isFalse();
    assertThat(reads.limitedTo()).containsExactlyInAnyOrder("working-hours", "advocacy");
    assertThat(reads.perDecision()).isFalse();
    assertThat(reads).hasToString("areas [advocacy, working-hours]");
  }

  @Test
  void a_rule_that_reads_no_area_is_never_affected() {
    Reads reads = Reads.areas(Set.of());

    assertThat(reads.affectedBy(WORKING_HOURS)).isFalse();
    assertThat(reads).isNotEqualTo(Reads.everything()).hasToString("areas []");
  }

  @Test
  void a_rule_that_judges_each_decision_is_affected_by_every_change() {
    Reads reads = Reads.eachDecision();

    assertThat(reads.affectedBy(WORKING_HOURS)).isTrue();
    assertThat(reads.limitedTo()).isNull();
    assertThat(reads.perDecision()).isTrue();
    assertThat(reads).hasToString("each decision").isSameAs(Reads.eachDecision());
  }

  @Test
  void the_areas_are_copied() {
    Set<String> areas = new HashSet<>(WORKING_HOURS);
    Reads reads = Reads.areas(areas);

    areas.add("advocacy");

    assertThat(reads.affectedBy(ADVOCACY)).isFalse();
    assertThat(reads).isEqualTo(Reads.areas(WORKING_HOURS));
  }

  @Test
  void equal_when_they_read_the_same() {
    Reads twoAreas = Reads.areas(Set.of("working-hours", "advocacy"));
    Reads inOtherOrder = Reads.areas(new LinkedHashSet<>(List.of("advocacy", "working-hours")));

    assertThat(twoAreas).isEqualTo(inOtherOrder).hasSameHashCodeAs(inOtherOrder);
    assertThat(twoAreas).isNotEqualTo(Reads.areas(WORKING_HOURS)).isNotEqualTo("areas");
    assertThat(Reads.everything()).isNotEqualTo(Reads.eachDecision());
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void rejects_null_areas() {
    assertThatNullPointerException().isThrownBy(() -> Reads.areas(null));
    assertThatNullPointerException()
        .isThrownBy(() -> Reads.areas(new HashSet<>(Arrays.asList("advocacy", null))));
  }
}
