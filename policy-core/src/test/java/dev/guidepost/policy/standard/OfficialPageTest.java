package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class OfficialPageTest {
  @Test
  void the_area_is_official_page_with_its_options_in_order() {
    assertThat(OfficialPage.ID).isEqualTo("official-page");
    assertThat(OfficialPage.AREA.id()).isEqualTo("official-page");
    assertThat(OfficialPage.AREA.options())
        .containsExactly(OfficialPage.SINGLE_OFFICIAL_PAGE, OfficialPage.MULTIPLE_PAGES_ALLOWED);
    assertThat(OfficialPage.AREA.options())
        .extracting(Option::id)
        .containsExactly("single-official-page", "multiple-pages-allowed");
    assertThat(StandardCatalogue.catalogue().area("official-page")).containsSame(OfficialPage.AREA);
  }

  @Test
  void single_official_page_decides_single_official_page_with_no_values() {
    Decision decision = OfficialPage.singleOfficialPage();
    assertThat(decision).isEqualTo(Decision.of(OfficialPage.SINGLE_OFFICIAL_PAGE));
    assertThat(decision.area()).isEqualTo("official-page");
    assertThat(decision.option().id()).isEqualTo("single-official-page");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void multiple_pages_allowed_decides_multiple_pages_allowed_with_no_values() {
    Decision decision = OfficialPage.multiplePagesAllowed();
    assertThat(decision).isEqualTo(Decision.of(OfficialPage.MULTIPLE_PAGES_ALLOWED));
    assertThat(decision.area()).isEqualTo("official-page");
    assertThat(decision.option().id()).isEqualTo("multiple-pages-allowed");
    assertThat(decision.values()).isEmpty();
  }
}
