package dev.guidepost.policy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AreaTest {
  private static final Option NONE = Option.of("monitoring", "none");
  private static final Option ACTIVE = Option.of("monitoring", "active-monitoring");

  @Test
  void of_keeps_the_options_in_order() {
    Area area = Area.of("monitoring", NONE, ACTIVE);
    assertThat(area.id()).isEqualTo("monitoring");
    assertThat(area.options()).containsExactly(NONE, ACTIVE);
  }

  @Test
  void finds_an_option_by_id() {
    Area area = Area.of("monitoring", NONE, ACTIVE);
    assertThat(area.option("active-monitoring")).contains(ACTIVE);
    assertThat(area.option("public-content-only")).isEmpty();
  }

  @Test
  void rejects_a_blank_area_id() {
    assertThatThrownBy(() -> Area.builder().id(" ").addOption(Option.of("x", "none")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("an area id must be a kebab-case id")
        .hasMessageContaining("' '");
  }

  @Test
  void rejects_an_area_id_that_is_not_kebab_case() {
    for (String id : new String[] {"Monitoring", "employer_access", "employer--access", "a-"}) {
      assertThatThrownBy(() -> Area.of(id, NONE))
          .as(id)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + id + "'");
    }
  }

  @Test
  void rejects_an_area_with_no_option() {
    assertThatThrownBy(() -> Area.of("monitoring"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'monitoring' offers no option");
  }

  @Test
  void rejects_an_option_of_another_area() {
    assertThatThrownBy(() -> Area.of("monitoring", NONE, Option.of("training", "none")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("belongs to 'training', not 'monitoring'");
  }

  @Test
  void rejects_an_option_offered_twice() {
    assertThatThrownBy(() -> Area.of("monitoring", NONE, ACTIVE, Option.of("monitoring", "none")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("option 'none' twice");
  }

  @Test
  void areas_with_the_same_id_and_options_are_equal() {
    assertThat(Area.of("monitoring", NONE, ACTIVE))
        .isEqualTo(Area.of("monitoring", NONE, ACTIVE))
        .hasSameHashCodeAs(Area.of("monitoring", NONE, ACTIVE))
        .isNotEqualTo(Area.of("monitoring", ACTIVE, NONE))
        .isNotEqualTo(Area.of("monitoring", NONE));
  }
}
