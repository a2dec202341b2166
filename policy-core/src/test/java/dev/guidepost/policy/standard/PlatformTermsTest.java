package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class PlatformTermsTest {
  @Test
  void the_area_is_platform_terms_with_its_options_in_order() {
    assertThat(PlatformTerms.ID).isEqualTo("platform-terms");
    assertThat(PlatformTerms.AREA.id()).isEqualTo("platform-terms");
    assertThat(PlatformTerms.AREA.options())
        .containsExactly(PlatformTerms.FOLLOW_TERMS, PlatformTerms.NOT_ADDRESSED);
    assertThat(PlatformTerms.AREA.options())
        .extracting(Option::id)
        .containsExactly("follow-terms", "not-addressed");
    assertThat(StandardCatalogue.catalogue().area("platform-terms"))
        .containsSame(PlatformTerms.AREA);
  }

  @Test
  void follow_terms_decides_follow_terms_with_no_values() {
    Decision decision = PlatformTerms.followTerms();
    assertThat(decision).isEqualTo(Decision.of(PlatformTerms.FOLLOW_TERMS));
    assertThat(decision.area()).isEqualTo("platform-terms");
    assertThat(decision.option().id()).isEqualTo("follow-terms");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_addressed_decides_not_addressed_with_no_values() {
    Decision decision = PlatformTerms.notAddressed();
    assertThat(decision).isEqualTo(Decision.of(PlatformTerms.NOT_ADDRESSED));
    assertThat(decision.area()).isEqualTo("platform-terms");
    assertThat(decision.option().id()).isEqualTo("not-addressed");
    assertThat(decision.values()).isEmpty();
  }
}
