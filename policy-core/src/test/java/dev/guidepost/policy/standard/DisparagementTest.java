package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class DisparagementTest {
  @Test
  void the_area_is_disparagement_with_its_options_in_order() {
    assertThat(Disparagement.ID).isEqualTo("disparagement");
    assertThat(Disparagement.AREA.id()).isEqualTo("disparagement");
    assertThat(Disparagement.AREA.options())
        .containsExactly(
            Disparagement.PRODUCTS_AND_SERVICES,
            Disparagement.COMPANY_OR_PEOPLE,
            Disparagement.NOT_ADDRESSED);
    assertThat(Disparagement.AREA.options())
        .extracting(Option::id)
        .containsExactly("products-and-services", "company-or-people", "not-addressed");
    assertThat(StandardCatalogue.catalogue().area("disparagement"))
        .containsSame(Disparagement.AREA);
    assertThat(StandardCatalogue.catalogue().chapterOf("disparagement"))
        .map(chapter -> chapter.id())
        .contains("conduct");
  }

  @Test
  void products_and_services_decides_products_and_services_with_no_values() {
    Decision decision = Disparagement.productsAndServices();
    assertThat(decision).isEqualTo(Decision.of(Disparagement.PRODUCTS_AND_SERVICES));
    assertThat(decision.area()).isEqualTo("disparagement");
    assertThat(decision.option().id()).isEqualTo("products-and-services");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void company_or_people_decides_company_or_people_with_no_values() {
    Decision decision = Disparagement.companyOrPeople();
    assertThat(decision).isEqualTo(Decision.of(Disparagement.COMPANY_OR_PEOPLE));
    assertThat(decision.area()).isEqualTo("disparagement");
    assertThat(decision.option().id()).isEqualTo("company-or-people");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_addressed_decides_not_addressed_with_no_values() {
    Decision decision = Disparagement.notAddressed();
    assertThat(decision).isEqualTo(Decision.of(Disparagement.NOT_ADDRESSED));
    assertThat(decision.area()).isEqualTo("disparagement");
    assertThat(decision.option().id()).isEqualTo("not-addressed");
    assertThat(decision.values()).isEmpty();
  }
}
