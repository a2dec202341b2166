package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class AccessManagementTest {
  @Test
  void the_area_is_access_management_with_its_options_in_order() {
    assertThat(AccessManagement.ID).isEqualTo("access-management");
    assertThat(AccessManagement.AREA.id()).isEqualTo("access-management");
    assertThat(AccessManagement.AREA.options())
        .containsExactly(AccessManagement.ON_AND_OFFBOARDING_PROCEDURE, AccessManagement.NONE);
    assertThat(AccessManagement.AREA.options())
        .extracting(Option::id)
        .containsExactly("on-and-offboarding-procedure", "none");
    assertThat(StandardCatalogue.catalogue().area("access-management"))
        .containsSame(AccessManagement.AREA);
  }

  @Test
  void on_and_offboarding_procedure_decides_on_and_offboarding_procedure_with_no_values() {
    Decision decision = AccessManagement.onAndOffboardingProcedure();
    assertThat(decision).isEqualTo(Decision.of(AccessManagement.ON_AND_OFFBOARDING_PROCEDURE));
    assertThat(decision.area()).isEqualTo("access-management");
    assertThat(decision.option().id()).isEqualTo("on-and-offboarding-procedure");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void none_decides_none_with_no_values() {
    Decision decision = AccessManagement.none();
    assertThat(decision).isEqualTo(Decision.of(AccessManagement.NONE));
    assertThat(decision.area()).isEqualTo("access-management");
    assertThat(decision.option().id()).isEqualTo("none");
    assertThat(decision.values()).isEmpty();
  }
}
