package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.catalogue.Strictness;
import dev.guidepost.policy.model.Area;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StandardStrictnessTest {
  private final Strictness strictness = StandardCatalogue.strictness();

  @Test
  void every_option_of_every_standard_area_is_placed_and_every_placed_option_exists() {
    for (Area area : StandardCatalogue.catalogue().areas()) {
      assertThat(strictness.places(area)).as(area.id()).isTrue();
      assertThat(strictness.unknownOptions(area)).as(area.id()).isEmpty();
    }
    assertThat(strictness.areas())
        .isEqualTo(
            StandardCatalogue.catalogue().areas().stream()
                .map(Area::id)
                .collect(Collectors.toSet()));
  }

  @Test
  void scales_read_from_the_least_to_the_most_restrictive_option() {
    assertThat(strictness.rank(Monitoring.ID, "none")).hasValue(0);
    assertThat(strictness.rank(Monitoring.ID, "active-monitoring")).hasValue(2);
    assertThat(strictness.rank(WorkingHours.ID, "breaks-only"))
        .isEqualTo(strictness.rank(WorkingHours.ID, "time-limited"));
    assertThat(strictness.rank(WorkingHours.ID, "prohibited")).hasValue(2);
    assertThat(strictness.bindsNoOne(Governance.ID)).isTrue();
    assertThat(strictness.bindsNoOne(Monitoring.ID)).isFalse();
  }
}
