package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterKind;
import dev.guidepost.policy.model.ParameterValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeopleInScopeTest {
  @Test
  void the_area_is_people_in_scope_with_its_options_in_order() {
    assertThat(PeopleInScope.ID).isEqualTo("people-in-scope");
    assertThat(PeopleInScope.AREA.id()).isEqualTo("people-in-scope");
    assertThat(PeopleInScope.AREA.options())
        .containsExactly(PeopleInScope.EMPLOYEES, PeopleInScope.EMPLOYEES_AND_OTHERS);
    assertThat(PeopleInScope.AREA.options())
        .extracting(Option::id)
        .containsExactly("employees", "employees-and-others");
    assertThat(StandardCatalogue.catalogue().area("people-in-scope"))
        .containsSame(PeopleInScope.AREA);
    assertThat(StandardCatalogue.catalogue().chapterOf("people-in-scope"))
        .map(chapter -> chapter.id())
        .contains("scope-and-purpose");
  }

  @Test
  void employees_and_others_takes_the_other_workers_labelled_by_their_own_vocabulary() {
    Parameter others = PeopleInScope.EMPLOYEES_AND_OTHERS.parameters().get(0);
    assertThat(others.name()).isEqualTo(PeopleInScope.OTHER_WORKERS).isEqualTo("otherWorkers");
    assertThat(others.kind()).isEqualTo(ParameterKind.CHOICES);
    assertThat(others.required()).isTrue();
    assertThat(others.allowedValues()).containsExactlyElementsOf(Handles.ids(OtherWorker.values()));
    assertThat(others.vocabulary()).isEqualTo("other-worker");
    assertThat(others.variant()).isEmpty();
    assertThat(PeopleInScope.EMPLOYEES.parameters()).isEmpty();
  }

  @Test
  void employees_decides_employees_with_no_values() {
    Decision decision = PeopleInScope.employees();
    assertThat(decision).isEqualTo(Decision.of(PeopleInScope.EMPLOYEES));
    assertThat(decision.area()).isEqualTo("people-in-scope");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void employees_and_decides_employees_and_others_with_the_others_in_order() {
    Decision decision = PeopleInScope.employeesAnd(OtherWorker.TRAINEES, OtherWorker.CONTRACTORS);
    assertThat(decision.option()).isEqualTo(PeopleInScope.EMPLOYEES_AND_OTHERS);
    assertThat(decision.values())
        .containsExactly(
            entry("otherWorkers", ParameterValue.ofChoices(List.of("trainees", "contractors"))));
  }
}
