package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class VestedInterestsTest {
  @Test
  void the_area_is_vested_interests_with_its_options_in_order() {
    assertThat(VestedInterests.ID).isEqualTo("vested-interests");
    assertThat(VestedInterests.AREA.id()).isEqualTo("vested-interests");
    assertThat(VestedInterests.AREA.options())
        .containsExactly(VestedInterests.DISCLOSE, VestedInterests.NOT_ADDRESSED);
    assertThat(VestedInterests.AREA.options())
        .extracting(Option::id)
        .containsExactly("disclose", "not-addressed");
    assertThat(StandardCatalogue.catalogue().area("vested-interests"))
        .containsSame(VestedInterests.AREA);
  }

  @Test
  void disclose_decides_disclose_with_no_values() {
    Decision decision = VestedInterests.disclose();
    assertThat(decision).isEqualTo(Decision.of(VestedInterests.DISCLOSE));
    assertThat(decision.area()).isEqualTo("vested-interests");
    assertThat(decision.option().id()).isEqualTo("disclose");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_addressed_decides_not_addressed_with_no_values() {
    Decision decision = VestedInterests.notAddressed();
    assertThat(decision).isEqualTo(Decision.of(VestedInterests.NOT_ADDRESSED));
    assertThat(decision.area()).isEqualTo("vested-interests");
    assertThat(decision.option().id()).isEqualTo("not-addressed");
    assertThat(decision.values()).isEmpty();
  }
}
