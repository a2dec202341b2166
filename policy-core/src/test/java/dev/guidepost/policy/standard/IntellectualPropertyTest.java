package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class IntellectualPropertyTest {
  @Test
  void the_area_is_intellectual_property_with_its_options_in_order() {
    assertThat(IntellectualProperty.ID).isEqualTo("intellectual-property");
    assertThat(IntellectualProperty.AREA.id()).isEqualTo("intellectual-property");
    assertThat(IntellectualProperty.AREA.options())
        .containsExactly(
            IntellectualProperty.PERMISSION_AND_CREDIT,
            IntellectualProperty.PERMISSION_CREDIT_AND_PUBLICITY,
            IntellectualProperty.NOT_ADDRESSED);
    assertThat(IntellectualProperty.AREA.options())
        .extracting(Option::id)
        .containsExactly(
            "permission-and-credit", "permission-credit-and-publicity", "not-addressed");
    assertThat(StandardCatalogue.catalogue().area("intellectual-property"))
        .containsSame(IntellectualProperty.AREA);
  }

  @Test
  void permission_and_credit_decides_permission_and_credit_with_no_values() {
    Decision decision = IntellectualProperty.permissionAndCredit();
    assertThat(decision).isEqualTo(Decision.of(IntellectualProperty.PERMISSION_AND_CREDIT));
    assertThat(decision.area()).isEqualTo("intellectual-property");
    assertThat(decision.option().id()).isEqualTo("permission-and-credit");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_addressed_decides_not_addressed_with_no_values() {
    Decision decision = IntellectualProperty.notAddressed();
    assertThat(decision).isEqualTo(Decision.of(IntellectualProperty.NOT_ADDRESSED));
    assertThat(decision.area()).isEqualTo("intellectual-property");
    assertThat(decision.option().id()).isEqualTo("not-addressed");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void permission_credit_and_publicity_decides_it_with_no_values() {
    Decision decision = IntellectualProperty.permissionCreditAndPublicity();
    assertThat(decision)
        .isEqualTo(Decision.of(IntellectualProperty.PERMISSION_CREDIT_AND_PUBLICITY));
    assertThat(decision.option().id()).isEqualTo("permission-credit-and-publicity");
    assertThat(decision.values()).isEmpty();
  }
}
