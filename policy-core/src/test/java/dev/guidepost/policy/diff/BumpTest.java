package dev.guidepost.policy.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.catalogue.Strictness;
import dev.guidepost.policy.model.Audience;
import dev.guidepost.policy.model.Clause;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.Governance;
import dev.guidepost.policy.standard.Monitoring;
import dev.guidepost.policy.standard.StandardCatalogue;
import dev.guidepost.policy.standard.WorkingHours;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class BumpTest {
  private static final Organisation ACME = Organisation.of("Acme A/S", Country.DK);
  private static final Strictness STRICTNESS = StandardCatalogue.strictness();

  private static Bump bump(
      UnaryOperator<Policy.Builder> older, UnaryOperator<Policy.Builder> newer) {
    return Bump.of(
        PolicyDiff.between(
            older.apply(Policy.builder().organisation(ACME)).build(),
            newer.apply(Policy.builder().organisation(ACME)).build()),
        STRICTNESS);
  }

  private static Bump decisions(Decision older, Decision newer) {
    return bump(p -> p.decide(older), p -> p.decide(newer));
  }

  @Test
  void no_change_calls_for_none() {
    assertThat(bump(p -> p.decide(Monitoring.none()), p -> p.decide(Monitoring.none())))
        .isEqualTo(Bump.NONE);
  }

  @Test
  void an_option_higher_on_the_scale_is_major_and_lower_is_minor() {
    assertThat(decisions(Monitoring.none(), Monitoring.activeMonitoring())).isEqualTo(Bump.MAJOR);
    assertThat(decisions(Monitoring.activeMonitoring(), Monitoring.none())).isEqualTo(Bump.MINOR);
    assertThat(decisions(WorkingHours.employeeDiscretion(), WorkingHours.breaksOnly()))
        .isEqualTo(Bump.MAJOR);
  }

  @Test
  void an_option_on_the_same_level_or_off_the_scale_is_major_conservatively() {
    assertThat(decisions(WorkingHours.timeLimited(30), WorkingHours.breaksOnly()))
        .isEqualTo(Bump.MAJOR);
    assertThat(decisions(WorkingHours.breaksOnly(), WorkingHours.timeLimited(30)))
        .isEqualTo(Bump.MAJOR);
    Strictness empty = Strictness.of(java.util.Map.of(), java.util.Set.of());
    DecisionChange looser =
        PolicyDiff.between(
                Policy.builder().organisation(ACME).decide(Monitoring.activeMonitoring()).build(),
                Policy.builder().organisation(ACME).decide(Monitoring.none()).build())
            .decisions()
            .get(0);
    assertThat(Bump.of(looser, empty)).isEqualTo(Bump.MAJOR);
    assertThat(Bump.of(looser, STRICTNESS)).isEqualTo(Bump.MINOR);
  }

  @Test
  void a_changed_parameter_is_major_conservatively() {
    assertThat(decisions(WorkingHours.timeLimited(30), WorkingHours.timeLimited(60)))
        .isEqualTo(Bump.MAJOR);
  }

  @Test
  void a_decision_added_is_major_unless_it_asks_nothing_and_one_removed_is_minor() {
    assertThat(bump(p -> p, p -> p.decide(Monitoring.publicContentOnly()))).isEqualTo(Bump.MAJOR);
    assertThat(bump(p -> p, p -> p.decide(Monitoring.none()))).isEqualTo(Bump.MINOR);
    assertThat(bump(p -> p.decide(Monitoring.activeMonitoring()), p -> p)).isEqualTo(Bump.MINOR);
  }

  @Test
  void any_change_in_an_area_that_binds_no_one_is_minor() {
    assertThat(decisions(Governance.noOwner(), Governance.communicationsTeam()))
        .isEqualTo(Bump.MINOR);
    assertThat(bump(p -> p, p -> p.decide(Governance.communicationsTeam()))).isEqualTo(Bump.MINOR);
  }

  @Test
  void binding_everyone_is_major_binding_fewer_is_minor_and_another_group_is_major() {
    Decision everyone = Monitoring.publicContentOnly();
    Decision leaders = everyone.boundTo(Audience.SENIOR_LEADERS);
    Decision spokespersons = everyone.boundTo(Audience.SPOKESPERSONS);
    assertThat(decisions(leaders, everyone)).isEqualTo(Bump.MAJOR);
    assertThat(decisions(everyone, leaders)).isEqualTo(Bump.MINOR);
    assertThat(decisions(leaders, spokespersons)).isEqualTo(Bump.MAJOR);
    assertThat(decisions(everyone, Monitoring.none().boundTo(Audience.SENIOR_LEADERS)))
        .isEqualTo(Bump.MINOR);
    assertThat(decisions(leaders, Monitoring.none())).isEqualTo(Bump.MAJOR);
  }

  @Test
  void a_clause_added_is_major_removed_is_minor_and_reworded_is_a_patch() {
    Clause tenders = clause("We never post about tenders.");
    Clause reworded = clause("We do not post about open tenders.");
    assertThat(bump(p -> p, p -> p.addCustomClauses(tenders))).isEqualTo(Bump.MAJOR);
    assertThat(bump(p -> p.addCustomClauses(tenders), p -> p)).isEqualTo(Bump.MINOR);
    assertThat(bump(p -> p.addCustomClauses(tenders), p -> p.addCustomClauses(reworded)))
        .isEqualTo(Bump.PATCH);
  }

  @Test
  void facts_are_patches_countries_added_are_major_and_the_version_itself_calls_for_nothing() {
    assertThat(bump(p -> p.owner("hr@acme.dk"), p -> p.owner("people@acme.dk")))
        .isEqualTo(Bump.PATCH);
    assertThat(
            bump(
                p -> p.version("1.0.0").effectiveFrom(LocalDate.of(2026, 1, 1)),
                p -> p.version("1.1.0").effectiveFrom(LocalDate.of(2026, 2, 1))))
        .isEqualTo(Bump.NONE);
    Organisation nordic = Organisation.builder().from(ACME).addOtherCountries(Country.SE).build();
    Organisation wider =
        Organisation.builder().from(ACME).addOtherCountries(Country.SE, Country.NO).build();
    assertThat(bump(p -> p.organisation(nordic), p -> p.organisation(wider))).isEqualTo(Bump.MAJOR);
    assertThat(bump(p -> p.organisation(wider), p -> p.organisation(nordic))).isEqualTo(Bump.MINOR);
    assertThat(bump(p -> p.organisation(nordic), p -> p)).isEqualTo(Bump.MINOR);
    assertThat(bump(p -> p, p -> p.organisation(Organisation.of("Acme AB", Country.SE))))
        .isEqualTo(Bump.MAJOR);
  }

  @Test
  void the_largest_bump_wins() {
    assertThat(Bump.PATCH.max(Bump.MAJOR)).isEqualTo(Bump.MAJOR);
    assertThat(Bump.MINOR.max(Bump.NONE)).isEqualTo(Bump.MINOR);
    assertThat(
            bump(
                p -> p.owner("a").decide(Monitoring.activeMonitoring()),
                p -> p.owner("b").decide(Monitoring.none())))
        .isEqualTo(Bump.MINOR);
  }

  private static Clause clause(String text) {
    return Clause.builder().area("tone").putText(Language.ENGLISH, text).build();
  }
}
