package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class PrivacySettingsTest {
  @Test
  void the_area_is_privacy_settings_with_its_options_in_order() {
    assertThat(PrivacySettings.ID).isEqualTo("privacy-settings");
    assertThat(PrivacySettings.AREA.id()).isEqualTo("privacy-settings");
    assertThat(PrivacySettings.AREA.options())
        .containsExactly(
            PrivacySettings.RECOMMENDED,
            PrivacySettings.ASSUME_PUBLIC,
            PrivacySettings.NOT_ADDRESSED);
    assertThat(PrivacySettings.AREA.options())
        .extracting(Option::id)
        .containsExactly("recommended", "assume-public", "not-addressed");
    assertThat(StandardCatalogue.catalogue().area("privacy-settings"))
        .containsSame(PrivacySettings.AREA);
  }

  @Test
  void recommended_decides_recommended_with_no_values() {
    Decision decision = PrivacySettings.recommended();
    assertThat(decision).isEqualTo(Decision.of(PrivacySettings.RECOMMENDED));
    assertThat(decision.area()).isEqualTo("privacy-settings");
    assertThat(decision.option().id()).isEqualTo("recommended");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void assume_public_decides_assume_public_with_no_values() {
    Decision decision = PrivacySettings.assumePublic();
    assertThat(decision).isEqualTo(Decision.of(PrivacySettings.ASSUME_PUBLIC));
    assertThat(decision.area()).isEqualTo("privacy-settings");
    assertThat(decision.option().id()).isEqualTo("assume-public");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_addressed_decides_not_addressed_with_no_values() {
    Decision decision = PrivacySettings.notAddressed();
    assertThat(decision).isEqualTo(Decision.of(PrivacySettings.NOT_ADDRESSED));
    assertThat(decision.area()).isEqualTo("privacy-settings");
    assertThat(decision.option().id()).isEqualTo("not-addressed");
    assertThat(decision.values()).isEmpty();
  }
}
