package dev.guidepost.policy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Option;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StrictnessTest {
  private static final Area HOURS =
      Area.of(
          "hours",
          Option.of("hours", "free"),
          Option.of("hours", "breaks"),
          Option.of("hours", "never"));
  private static final Strictness SCALED =
      Strictness.of(
          Map.of("hours", List.of(Set.of("free"), Set.of("breaks", "lunch"))), Set.of("team"));

  @Test
  void ranks_options_by_level_and_knows_nothing_of_others() {
    assertThat(SCALED.rank("hours", "free")).hasValue(0);
    assertThat(SCALED.rank("hours", "breaks")).hasValue(1);
    assertThat(SCALED.rank("hours", "lunch")).hasValue(1);
    assertThat(SCALED.rank("hours", "never")).isEmpty();
    assertThat(SCALED.rank("team", "free")).isEmpty();
    assertThat(SCALED.bindsNoOne("team")).isTrue();
    assertThat(SCALED.bindsNoOne("hours")).isFalse();
    assertThat(SCALED.areas()).containsExactlyInAnyOrder("hours", "team");
  }

  @Test
  void places_an_area_when_every_option_is_ranked_or_the_area_binds_no_one() {
    assertThat(SCALED.places(HOURS)).isFalse();
    assertThat(SCALED.unknownOptions(HOURS)).containsExactly("lunch");
    assertThat(SCALED.places(Area.of("team", Option.of("team", "any")))).isTrue();
    assertThat(SCALED.unknownOptions(Area.of("team", Option.of("team", "any")))).isEmpty();
    Strictness full =
        Strictness.of(
            Map.of("hours", List.of(Set.of("free"), Set.of("breaks"), Set.of("never"))), Set.of());
    assertThat(full.places(HOURS)).isTrue();
    assertThat(full.places(Area.of("team", Option.of("team", "any")))).isFalse();
  }

  @Test
  void refuses_contradictory_or_empty_data() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Strictness.of(Map.of("a", List.of(Set.of("x"))), Set.of("a")))
        .withMessageContaining("'a' is both on a scale and binds no one");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Strictness.of(Map.of("a", List.of()), Set.of()))
        .withMessageContaining("scale of 'a' has an empty level");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Strictness.of(Map.of("a", List.of(Set.of("x"), Set.of())), Set.of()))
        .withMessageContaining("scale of 'a' has an empty level");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> Strictness.of(Map.of("a", List.of(Set.of("x"), Set.of("x", "y"))), Set.of()))
        .withMessageContaining("names 'x' twice");
  }

  @Test
  void equal_data_is_equal() {
    Strictness same =
        Strictness.of(
            Map.of("hours", List.of(Set.of("free"), Set.of("lunch", "breaks"))), Set.of("team"));
    assertThat(SCALED).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(null);
    assertThat(SCALED).isNotEqualTo(Strictness.of(Map.of(), Set.of("team")));
    assertThat(SCALED)
        .isNotEqualTo(
            Strictness.of(
                Map.of("hours", List.of(Set.of("free"), Set.of("lunch", "breaks"))), Set.of()));
    assertThat(SCALED.toString()).contains("team");
  }
}
