package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class TrainingTest {
  @Test
  void the_area_is_training_with_its_options_in_order() {
    assertThat(Training.ID).isEqualTo("training");
    assertThat(Training.AREA.id()).isEqualTo("training");
    assertThat(Training.AREA.options())
        .containsExactly(
            Training.FOR_EVERYONE,
            Training.FOR_OFFICIAL_VOICES,
            Training.NONE,
            Training.REQUIRED_FOR_EVERYONE,
            Training.LEARNING_ENCOURAGED);
    assertThat(Training.AREA.options())
        .extracting(Option::id)
        .containsExactly(
            "for-everyone",
            "for-official-voices",
            "none",
            "required-for-everyone",
            "learning-encouraged");
    assertThat(StandardCatalogue.catalogue().area("training")).containsSame(Training.AREA);
  }

  @Test
  void for_everyone_decides_for_everyone_with_no_values() {
    Decision decision = Training.forEveryone();
    assertThat(decision).isEqualTo(Decision.of(Training.FOR_EVERYONE));
    assertThat(decision.area()).isEqualTo("training");
    assertThat(decision.option().id()).isEqualTo("for-everyone");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void for_official_voices_decides_for_official_voices_with_no_values() {
    Decision decision = Training.forOfficialVoices();
    assertThat(decision).isEqualTo(Decision.of(Training.FOR_OFFICIAL_VOICES));
    assertThat(decision.area()).isEqualTo("training");
    assertThat(decision.option().id()).isEqualTo("for-official-voices");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void none_decides_none_with_no_values() {
    Decision decision = Training.none();
    assertThat(decision).isEqualTo(Decision.of(Training.NONE));
    assertThat(decision.area()).isEqualTo("training");
    assertThat(decision.option().id()).isEqualTo("none");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void required_for_everyone_decides_required_for_everyone_with_no_values() {
    Decision decision = Training.requiredForEveryone();
    assertThat(decision).isEqualTo(Decision.of(Training.REQUIRED_FOR_EVERYONE));
    assertThat(decision.area()).isEqualTo("training");
    assertThat(decision.option().id()).isEqualTo("required-for-everyone");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void learning_encouraged_decides_learning_encouraged_with_no_values() {
    Decision decision = Training.learningEncouraged();
    assertThat(decision).isEqualTo(Decision.of(Training.LEARNING_ENCOURAGED));
    assertThat(decision.area()).isEqualTo("training");
    assertThat(decision.option().id()).isEqualTo("learning-encouraged");
    assertThat(decision.values()).isEmpty();
  }
}
