package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class PhotosAndContentTest {
  @Test
  void the_area_is_photos_and_content_with_its_options_in_order() {
    assertThat(PhotosAndContent.ID).isEqualTo("photos-and-content");
    assertThat(PhotosAndContent.AREA.id()).isEqualTo("photos-and-content");
    assertThat(PhotosAndContent.AREA.options())
        .containsExactly(PhotosAndContent.CONSENT_REQUIRED, PhotosAndContent.NOT_ADDRESSED);
    assertThat(PhotosAndContent.AREA.options())
        .extracting(Option::id)
        .containsExactly("consent-required", "not-addressed");
    assertThat(StandardCatalogue.catalogue().area("photos-and-content"))
        .containsSame(PhotosAndContent.AREA);
  }

  @Test
  void consent_required_decides_consent_required_with_no_values() {
    Decision decision = PhotosAndContent.consentRequired();
    assertThat(decision).isEqualTo(Decision.of(PhotosAndContent.CONSENT_REQUIRED));
    assertThat(decision.area()).isEqualTo("photos-and-content");
    assertThat(decision.option().id()).isEqualTo("consent-required");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_addressed_decides_not_addressed_with_no_values() {
    Decision decision = PhotosAndContent.notAddressed();
    assertThat(decision).isEqualTo(Decision.of(PhotosAndContent.NOT_ADDRESSED));
    assertThat(decision.area()).isEqualTo("photos-and-content");
    assertThat(decision.option().id()).isEqualTo("not-addressed");
    assertThat(decision.values()).isEmpty();
  }
}
