package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.ParameterValue;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConsultationTest {
  @Test
  void the_area_is_consultation_with_its_options_in_order() {
    assertThat(Consultation.ID).isEqualTo("consultation");
    assertThat(Consultation.AREA.id()).isEqualTo("consultation");
    assertThat(Consultation.AREA.options())
        .containsExactly(
            Consultation.REPRESENTATIVES_APPROVED,
            Consultation.REPRESENTATIVES_CONSULTED,
            Consultation.EMPLOYEES_CONSULTED,
            Consultation.NONE,
            Consultation.BEFORE_ADOPTION);
    assertThat(Consultation.AREA.options())
        .extracting(Option::id)
        .containsExactly(
            "representatives-approved",
            "representatives-consulted",
            "employees-consulted",
            "none",
            "before-adoption");
    assertThat(StandardCatalogue.catalogue().area("consultation")).containsSame(Consultation.AREA);
  }

  @Test
  void representatives_approved_decides_representatives_approved_with_no_values() {
    Decision decision = Consultation.representativesApproved();
    assertThat(decision).isEqualTo(Decision.of(Consultation.REPRESENTATIVES_APPROVED));
    assertThat(decision.area()).isEqualTo("consultation");
    assertThat(decision.option().id()).isEqualTo("representatives-approved");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void employees_consulted_decides_employees_consulted_with_no_values() {
    Decision decision = Consultation.employeesConsulted();
    assertThat(decision).isEqualTo(Decision.of(Consultation.EMPLOYEES_CONSULTED));
    assertThat(decision.area()).isEqualTo("consultation");
    assertThat(decision.option().id()).isEqualTo("employees-consulted");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void before_adoption_decides_before_adoption_with_no_values() {
    Decision decision = Consultation.beforeAdoption();
    assertThat(decision).isEqualTo(Decision.of(Consultation.BEFORE_ADOPTION));
    assertThat(decision.area()).isEqualTo("consultation");
    assertThat(decision.option().id()).isEqualTo("before-adoption");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void every_preset_claims_no_consultation_but_defers_to_the_one_still_to_come() {
    for (Preset preset : Preset.values()) {
      assertThat(preset.decisions())
          .as("%s", preset)
          .contains(Consultation.beforeAdoption())
          .noneMatch(
              d ->
                  d.is(Consultation.REPRESENTATIVES_APPROVED)
                      || d.is(Consultation.REPRESENTATIVES_CONSULTED)
                      || d.is(Consultation.EMPLOYEES_CONSULTED));
    }
  }

  @Test
  void none_decides_none_with_no_values() {
    Decision decision = Consultation.none();
    assertThat(decision).isEqualTo(Decision.of(Consultation.NONE));
    assertThat(decision.area()).isEqualTo("consultation");
    assertThat(decision.option().id()).isEqualTo("none");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void representatives_approved_on_a_date_decides_representatives_approved_with_the_date() {
    Decision decision = Consultation.representativesApproved(LocalDate.of(2027, 1, 1));
    assertThat(decision.option()).isEqualTo(Consultation.REPRESENTATIVES_APPROVED);
    assertThat(decision.values())
        .containsExactly(entry("date", ParameterValue.ofDate(LocalDate.of(2027, 1, 1))));
    assertThat(Consultation.DATE).isEqualTo("date");
  }

  @Test
  void representatives_consulted_decides_representatives_consulted_with_or_without_the_date() {
    Decision plain = Consultation.representativesConsulted();
    assertThat(plain).isEqualTo(Decision.of(Consultation.REPRESENTATIVES_CONSULTED));
    assertThat(plain.option().id()).isEqualTo("representatives-consulted");
    assertThat(plain.values()).isEmpty();
    Decision dated = Consultation.representativesConsulted(LocalDate.of(2027, 2, 3));
    assertThat(dated.option()).isEqualTo(Consultation.REPRESENTATIVES_CONSULTED);
    assertThat(dated.values())
        .containsExactly(entry("date", ParameterValue.ofDate(LocalDate.of(2027, 2, 3))));
    assertThat(Consultation.REPRESENTATIVES_CONSULTED.parameters().get(0).variant())
        .contains("date");
  }
}
