package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class RightsNoticeTest {
  @Test
  void the_area_is_rights_notice_with_its_options_in_order() {
    assertThat(RightsNotice.ID).isEqualTo("rights-notice");
    assertThat(RightsNotice.AREA.id()).isEqualTo("rights-notice");
    assertThat(RightsNotice.AREA.options())
        .containsExactly(RightsNotice.INCLUDED, RightsNotice.NOT_INCLUDED);
    assertThat(RightsNotice.AREA.options())
        .extracting(Option::id)
        .containsExactly("included", "not-included");
    assertThat(StandardCatalogue.catalogue().area("rights-notice")).containsSame(RightsNotice.AREA);
  }

  @Test
  void included_decides_included_with_no_values() {
    Decision decision = RightsNotice.included();
    assertThat(decision).isEqualTo(Decision.of(RightsNotice.INCLUDED));
    assertThat(decision.area()).isEqualTo("rights-notice");
    assertThat(decision.option().id()).isEqualTo("included");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_included_decides_not_included_with_no_values() {
    Decision decision = RightsNotice.notIncluded();
    assertThat(decision).isEqualTo(Decision.of(RightsNotice.NOT_INCLUDED));
    assertThat(decision.area()).isEqualTo("rights-notice");
    assertThat(decision.option().id()).isEqualTo("not-included");
    assertThat(decision.values()).isEmpty();
  }
}
