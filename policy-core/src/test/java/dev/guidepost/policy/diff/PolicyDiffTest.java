package dev.guidepost.policy.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.guidepost.policy.model.Audience;
import dev.guidepost.policy.model.Clause;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.Accuracy;
import dev.guidepost.policy.standard.Monitoring;
import dev.guidepost.policy.standard.WorkingHours;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicyDiffTest {
  private static final Organisation ACME = Organisation.of("Acme A/S", Country.DK);

  private static Policy.Builder acme() {
    return Policy.builder().organisation(ACME);
  }

  @Test
  void equal_versions_differ_in_nothing_whatever_the_order_of_their_decisions() {
    Policy older = acme().decide(WorkingHours.timeLimited(30)).decide(Monitoring.none()).build();
    Policy newer = acme().decide(Monitoring.none()).decide(WorkingHours.timeLimited(30)).build();

    PolicyDiff diff = PolicyDiff.between(older, newer);

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.decisions()).isEmpty();
    assertThat(diff.clauses()).isEmpty();
    assertThat(diff.details()).isEmpty();
    assertThat(diff).isEqualTo(PolicyDiff.between(newer, older));
  }

  @Test
  void a_decision_only_the_newer_version_has_is_added_and_one_only_the_older_has_is_removed() {
    Policy older = acme().decide(WorkingHours.breaksOnly()).build();
    Policy newer = acme().decide(Monitoring.publicContentOnly()).build();

    PolicyDiff diff = PolicyDiff.between(older, newer);

    assertThat(diff.isEmpty()).isFalse();
    assertThat(diff.decisions())
        .containsExactly(
            new DecisionChange(
                WorkingHours.ID, Optional.of(WorkingHours.breaksOnly()), Optional.empty()),
            new DecisionChange(
                Monitoring.ID, Optional.empty(), Optional.of(Monitoring.publicContentOnly())));
    assertThat(diff.decisions())
        .extracting(DecisionChange::kind)
        .containsExactly(ChangeKind.REMOVED, ChangeKind.ADDED);
    assertThat(diff.decisions())
        .allSatisfy(
            change -> {
              assertThat(change.optionChanged()).isFalse();
              assertThat(change.changedParameters()).isEmpty();
              assertThat(change.audienceChanged()).isFalse();
            });
  }

  @Test
  void another_option_is_an_option_change_and_names_no_parameters() {
    PolicyDiff diff =
        PolicyDiff.between(
            acme().decide(WorkingHours.timeLimited(30)).build(),
            acme().decide(WorkingHours.breaksOnly()).build());

    DecisionChange change = diff.decisions().get(0);
    assertThat(change.kind()).isEqualTo(ChangeKind.CHANGED);
    assertThat(change.optionChanged()).isTrue();
    assertThat(change.changedParameters()).isEmpty();
    assertThat(change.audienceChanged()).isFalse();
  }

  @Test
  void the_same_option_with_other_values_names_the_parameters_that_differ() {
    PolicyDiff diff =
        PolicyDiff.between(
            acme().decide(WorkingHours.timeLimited(30)).build(),
            acme().decide(WorkingHours.timeLimited(15)).build());

    DecisionChange change = diff.decisions().get(0);
    assertThat(change.kind()).isEqualTo(ChangeKind.CHANGED);
    assertThat(change.optionChanged()).isFalse();
    assertThat(change.changedParameters()).containsExactly(WorkingHours.MINUTES_PER_DAY);
    assertThat(change.before().orElseThrow().value(WorkingHours.MINUTES_PER_DAY))
        .contains(ParameterValue.ofInteger(30));
  }

  @Test
  void a_value_given_in_one_version_only_is_a_changed_parameter() {
    Decision without = Decision.of(WorkingHours.TIME_LIMITED);
    DecisionChange change =
        PolicyDiff.between(
                acme().decide(without).build(), acme().decide(WorkingHours.timeLimited(20)).build())
            .decisions()
            .get(0);

    assertThat(change.changedParameters()).containsExactly(WorkingHours.MINUTES_PER_DAY);
  }

  @Test
  void binding_a_decision_to_an_audience_is_an_audience_change_of_the_same_option() {
    Decision everyone = Accuracy.trueAndNotMisleading();
    DecisionChange change =
        PolicyDiff.between(
                acme().decide(everyone).build(),
                acme().decide(everyone.boundTo(Audience.SPOKESPERSONS)).build())
            .decisions()
            .get(0);

    assertThat(change.kind()).isEqualTo(ChangeKind.CHANGED);
    assertThat(change.audienceChanged()).isTrue();
    assertThat(change.optionChanged()).isFalse();
    assertThat(change.changedParameters()).isEmpty();
  }

  @Test
  void changes_come_in_the_older_order_of_areas_then_the_newer_version_s_additions() {
    Policy older =
        acme()
            .decide(Monitoring.none())
            .decide(WorkingHours.breaksOnly())
            .decide(Accuracy.noFalseStatements())
            .build();
    Policy newer =
        acme()
            .decide(Accuracy.trueAndNotMisleading())
            .decide(WorkingHours.prohibited())
            .decide(Monitoring.activeMonitoring())
            .build();

    assertThat(PolicyDiff.between(older, newer).decisions())
        .extracting(DecisionChange::area)
        .containsExactly(Monitoring.ID, WorkingHours.ID, Accuracy.ID);
    assertThat(PolicyDiff.between(acme().decide(Monitoring.none()).build(), newer).decisions())
        .extracting(DecisionChange::area)
        .containsExactly(Monitoring.ID, Accuracy.ID, WorkingHours.ID);
  }

  @Test
  void clauses_are_paired_by_area_and_place_so_a_third_clause_is_an_addition() {
    Clause tenders = clause("tone", "We never post about ongoing tenders.");
    Clause tendersReworded = clause("tone", "We do not post about tenders that are still open.");
    Clause awards = clause("tone", "We share awards once they are public.");
    Clause press = clause("spokespersons", "Journalists are referred to the press office.");
    Policy older = acme().addCustomClauses(tenders, press).build();
    Policy newer = acme().addCustomClauses(tendersReworded, awards).build();

    List<ClauseChange> changes = PolicyDiff.between(older, newer).clauses();

    assertThat(changes)
        .containsExactly(
            new ClauseChange("tone", Optional.of(tenders), Optional.of(tendersReworded)),
            new ClauseChange("tone", Optional.empty(), Optional.of(awards)),
            new ClauseChange("spokespersons", Optional.of(press), Optional.empty()));
    assertThat(changes)
        .extracting(ClauseChange::kind)
        .containsExactly(ChangeKind.CHANGED, ChangeKind.ADDED, ChangeKind.REMOVED);
  }

  @Test
  void details_name_what_changed_about_the_organisation_and_the_policy_in_the_enum_s_order() {
    Policy older =
        acme().version("1.0.0").effectiveFrom(LocalDate.of(2026, 1, 1)).owner("hr@acme.dk").build();
    Policy newer =
        Policy.builder()
            .organisation(
                Organisation.builder()
                    .from(ACME)
                    .name("Acme Nordic A/S")
                    .addOtherCountries(Country.SE, Country.NO)
                    .employeeRepresentation(EmployeeRepresentation.UNION)
                    .employees(240)
                    .build())
            .version("2.0.0")
            .effectiveFrom(LocalDate.of(2026, 3, 1))
            .languages(List.of(Language.DANISH, Language.ENGLISH))
            .build();

    List<DetailChange> changes = PolicyDiff.between(older, newer).details();

    assertThat(changes)
        .containsExactly(
            new DetailChange(
                Detail.ORGANISATION_NAME, Optional.of("Acme A/S"), Optional.of("Acme Nordic A/S")),
            new DetailChange(Detail.OTHER_COUNTRIES, Optional.empty(), Optional.of("SE,NO")),
            new DetailChange(
                Detail.EMPLOYEE_REPRESENTATION, Optional.of("none"), Optional.of("union")),
            new DetailChange(Detail.EMPLOYEES, Optional.empty(), Optional.of("240")),
            new DetailChange(Detail.VERSION, Optional.of("1.0.0"), Optional.of("2.0.0")),
            new DetailChange(
                Detail.EFFECTIVE_FROM, Optional.of("2026-01-01"), Optional.of("2026-03-01")),
            new DetailChange(Detail.OWNER, Optional.of("hr@acme.dk"), Optional.empty()),
            new DetailChange(
                Detail.LANGUAGES, Optional.of("da,en,sv,nb,nl"), Optional.of("da,en")));
    assertThat(changes)
        .extracting(DetailChange::kind)
        .contains(ChangeKind.ADDED, ChangeKind.CHANGED, ChangeKind.REMOVED);
  }

  @Test
  void a_change_refuses_to_be_no_change_or_of_another_area() {
    Optional<Decision> breaks = Optional.of(WorkingHours.breaksOnly());
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new DecisionChange(WorkingHours.ID, breaks, breaks))
        .withMessageContaining("decisions of 'working-hours' are equal");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new DecisionChange(WorkingHours.ID, Optional.empty(), Optional.empty()))
        .withMessageContaining("has no decision");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new DecisionChange(Monitoring.ID, breaks, Optional.empty()))
        .withMessageContaining("another area's decision");
    Optional<Clause> tone = Optional.of(clause("tone", "Be kind."));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ClauseChange("tone", tone, tone))
        .withMessageContaining("are equal");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ClauseChange("tone", Optional.empty(), Optional.empty()))
        .withMessageContaining("has no clause");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ClauseChange("scope", Optional.empty(), tone))
        .withMessageContaining("another area's clause");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new DetailChange(Detail.OWNER, Optional.of("hr"), Optional.of("hr")))
        .withMessageContaining("OWNER are equal");
  }

  private static Clause clause(String area, String text) {
    return Clause.builder().area(area).putText(Language.ENGLISH, text).build();
  }
}
