package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class SpokespersonsTest {
  @Test
  void the_area_is_spokespersons_with_its_options_in_order() {
    assertThat(Spokespersons.ID).isEqualTo("spokespersons");
    assertThat(Spokespersons.AREA.id()).isEqualTo("spokespersons");
    assertThat(Spokespersons.AREA.options())
        .containsExactly(
            Spokespersons.COMMUNICATIONS_ONLY,
            Spokespersons.AUTHORIZED_EMPLOYEES,
            Spokespersons.ALL_EMPLOYEES_WITHIN_GUIDELINES);
    assertThat(Spokespersons.AREA.options())
        .extracting(Option::id)
        .containsExactly(
            "communications-only", "authorized-employees", "all-employees-within-guidelines");
    assertThat(StandardCatalogue.catalogue().area("spokespersons"))
        .containsSame(Spokespersons.AREA);
  }

  @Test
  void communications_only_decides_communications_only_with_no_values() {
    Decision decision = Spokespersons.communicationsOnly();
    assertThat(decision).isEqualTo(Decision.of(Spokespersons.COMMUNICATIONS_ONLY));
    assertThat(decision.area()).isEqualTo("spokespersons");
    assertThat(decision.option().id()).isEqualTo("communications-only");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void authorized_employees_decides_authorized_employees_with_no_values() {
    Decision decision = Spokespersons.authorizedEmployees();
    assertThat(decision).isEqualTo(Decision.of(Spokespersons.AUTHORIZED_EMPLOYEES));
    assertThat(decision.area()).isEqualTo("spokespersons");
    assertThat(decision.option().id()).isEqualTo("authorized-employees");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void all_employees_within_guidelines_decides_all_employees_within_guidelines_with_no_values() {
    Decision decision = Spokespersons.allEmployeesWithinGuidelines();
    assertThat(decision).isEqualTo(Decision.of(Spokespersons.ALL_EMPLOYEES_WITHIN_GUIDELINES));
    assertThat(decision.area()).isEqualTo("spokespersons");
    assertThat(decision.option().id()).isEqualTo("all-employees-within-guidelines");
    assertThat(decision.values()).isEmpty();
  }
}
