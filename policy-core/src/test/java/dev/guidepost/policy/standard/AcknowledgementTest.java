package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class AcknowledgementTest {
  @Test
  void the_area_is_acknowledgement_with_its_options_in_order_in_the_oversight_chapter() {
    assertThat(Acknowledgement.AREA.id()).isEqualTo("acknowledgement");
    assertThat(Acknowledgement.AREA.options())
        .extracting(Option::id)
        .containsExactly("on-joining", "on-joining-and-each-change", "not-addressed");
    assertThat(StandardCatalogue.catalogue().area(Acknowledgement.ID))
        .containsSame(Acknowledgement.AREA);
    assertThat(StandardCatalogue.catalogue().chapterOf(Acknowledgement.ID))
        .map(chapter -> chapter.id())
        .contains("oversight");
  }

  @Test
  void each_factory_decides_its_option_with_no_values() {
    assertThat(
            new Decision[] {
              Acknowledgement.onJoining(),
              Acknowledgement.onJoiningAndEachChange(),
              Acknowledgement.notAddressed()
            })
        .containsExactly(
            Decision.of(Acknowledgement.ON_JOINING),
            Decision.of(Acknowledgement.ON_JOINING_AND_EACH_CHANGE),
            Decision.of(Acknowledgement.NOT_ADDRESSED))
        .allSatisfy(decision -> assertThat(decision.values()).isEmpty());
  }

  @Test
  void the_presets_ask_for_a_confirmation_the_restrictive_one_at_each_change() {
    assertThat(Preset.BALANCED.decisions()).contains(Acknowledgement.onJoining());
    assertThat(Preset.ENCOURAGING.decisions()).contains(Acknowledgement.onJoining());
    assertThat(Preset.RESTRICTIVE.decisions()).contains(Acknowledgement.onJoiningAndEachChange());
  }
}
