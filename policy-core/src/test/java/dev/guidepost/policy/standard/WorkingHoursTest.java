package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.ParameterValue;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {
  @Test
  void the_area_is_working_hours_with_its_options_in_order() {
    assertThat(WorkingHours.ID).isEqualTo("working-hours");
    assertThat(WorkingHours.AREA.id()).isEqualTo("working-hours");
    assertThat(WorkingHours.AREA.options())
        .containsExactly(
            WorkingHours.PROHIBITED,
            WorkingHours.TIME_LIMITED,
            WorkingHours.BREAKS_ONLY,
            WorkingHours.WORK_RELATED_ONLY,
            WorkingHours.EMPLOYEE_DISCRETION);
    assertThat(WorkingHours.AREA.options())
        .extracting(Option::id)
        .containsExactly(
            "prohibited",
            "time-limited",
            "breaks-only",
            "work-related-only",
            "employee-discretion");
    assertThat(StandardCatalogue.catalogue().area("working-hours")).containsSame(WorkingHours.AREA);
  }

  @Test
  void prohibited_decides_prohibited_with_no_values() {
    Decision decision = WorkingHours.prohibited();
    assertThat(decision).isEqualTo(Decision.of(WorkingHours.PROHIBITED));
    assertThat(decision.area()).isEqualTo("working-hours");
    assertThat(decision.option().id()).isEqualTo("prohibited");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void breaks_only_decides_breaks_only_with_no_values() {
    Decision decision = WorkingHours.breaksOnly();
    assertThat(decision).isEqualTo(Decision.of(WorkingHours.BREAKS_ONLY));
    assertThat(decision.area()).isEqualTo("working-hours");
    assertThat(decision.option().id()).isEqualTo("breaks-only");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void work_related_only_decides_work_related_only_with_no_values() {
    Decision decision = WorkingHours.workRelatedOnly();
    assertThat(decision).isEqualTo(Decision.of(WorkingHours.WORK_RELATED_ONLY));
    assertThat(decision.area()).isEqualTo("working-hours");
    assertThat(decision.option().id()).isEqualTo("work-related-only");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void employee_discretion_decides_employee_discretion_with_no_values() {
    Decision decision = WorkingHours.employeeDiscretion();
    assertThat(decision).isEqualTo(Decision.of(WorkingHours.EMPLOYEE_DISCRETION));
    assertThat(decision.area()).isEqualTo("working-hours");
    assertThat(decision.option().id()).isEqualTo("employee-discretion");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void time_limited_decides_time_limited_with_the_minutes_per_day() {
    Decision decision = WorkingHours.timeLimited(30);
    assertThat(decision.option()).isEqualTo(WorkingHours.TIME_LIMITED);
    assertThat(decision.values())
        .containsExactly(entry("minutesPerDay", ParameterValue.ofInteger(30)));
    assertThat(WorkingHours.MINUTES_PER_DAY).isEqualTo("minutesPerDay");
  }

  @Test
  void time_limited_accepts_minutes_out_of_range_because_that_is_a_finding() {
    assertThat(WorkingHours.timeLimited(0).value("minutesPerDay"))
        .contains(ParameterValue.ofInteger(0));
    assertThat(WorkingHours.timeLimited(481).value("minutesPerDay"))
        .contains(ParameterValue.ofInteger(481));
  }
}
