package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class EmployerAccessTest {
  @Test
  void the_area_is_employer_access_with_its_options_in_order() {
    assertThat(EmployerAccess.ID).isEqualTo("employer-access");
    assertThat(EmployerAccess.AREA.id()).isEqualTo("employer-access");
    assertThat(EmployerAccess.AREA.options())
        .containsExactly(EmployerAccess.NEVER_REQUESTED, EmployerAccess.CREDENTIALS_REQUESTED);
    assertThat(EmployerAccess.AREA.options())
        .extracting(Option::id)
        .containsExactly("never-requested", "credentials-requested");
    assertThat(StandardCatalogue.catalogue().area("employer-access"))
        .containsSame(EmployerAccess.AREA);
  }

  @Test
  void never_requested_decides_never_requested_with_no_values() {
    Decision decision = EmployerAccess.neverRequested();
    assertThat(decision).isEqualTo(Decision.of(EmployerAccess.NEVER_REQUESTED));
    assertThat(decision.area()).isEqualTo("employer-access");
    assertThat(decision.option().id()).isEqualTo("never-requested");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void credentials_requested_decides_credentials_requested_with_no_values() {
    Decision decision = EmployerAccess.credentialsRequested();
    assertThat(decision).isEqualTo(Decision.of(EmployerAccess.CREDENTIALS_REQUESTED));
    assertThat(decision.area()).isEqualTo("employer-access");
    assertThat(decision.option().id()).isEqualTo("credentials-requested");
    assertThat(decision.values()).isEmpty();
  }
}
