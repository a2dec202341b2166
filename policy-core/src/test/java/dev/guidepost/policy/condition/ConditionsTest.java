package dev.guidepost.policy.condition;

import static dev.guidepost.policy.condition.Conditions.choiceIs;
import static dev.guidepost.policy.condition.Conditions.contains;
import static dev.guidepost.policy.condition.Conditions.country;
import static dev.guidepost.policy.condition.Conditions.emptyList;
import static dev.guidepost.policy.condition.Conditions.is;
import static dev.guidepost.policy.condition.Conditions.missing;
import static dev.guidepost.policy.condition.Conditions.notTrue;
import static dev.guidepost.policy.condition.Conditions.outside;
import static dev.guidepost.policy.condition.Conditions.representation;
import static dev.guidepost.policy.condition.Conditions.sector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.standard.Advocacy;
import dev.guidepost.policy.standard.Confidentiality;
import dev.guidepost.policy.standard.DisclosureMethod;
import dev.guidepost.policy.standard.Goal;
import dev.guidepost.policy.standard.Purpose;
import dev.guidepost.policy.standard.Shareable;
import dev.guidepost.policy.standard.Transparency;
import dev.guidepost.policy.standard.WorkingHours;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ConditionsTest {
  private static final Organisation ACME = Organisation.of("Acme A/S", Country.DK);

  private static Policy policy(Decision... decisions) {
    Policy.Builder builder = Policy.builder().organisation(ACME);
    Stream.of(decisions).forEach(builder::decide);
    return builder.build();
  }

  private static List<String> facts(Condition condition, Policy policy) {
    return condition.facts(policy).stream().map(Fact::toString).toList();
  }

  private static List<Boolean> test(Condition condition, Policy... policies) {
    return Stream.of(policies).map(condition::test).toList();
  }

  @Test
  void is_holds_for_any_of_its_options() {
    Condition condition = is(WorkingHours.PROHIBITED, WorkingHours.BREAKS_ONLY);

    assertThat(
            test(
                condition,
                policy(WorkingHours.prohibited()),
                policy(WorkingHours.breaksOnly()),
                policy(WorkingHours.workRelatedOnly()),
                policy()))
        .containsExactly(true, true, false, false);
    assertThat(facts(condition, policy(WorkingHours.breaksOnly())))
        .containsExactly("working-hours = breaks-only");
    assertThat(facts(condition, policy())).containsExactly("working-hours = not-addressed");
    assertThat(condition.areas()).containsExactly("working-hours");
  }

  @Test
  void is_rejects_options_of_different_areas_and_no_options() {
    assertThatThrownBy(() -> is(WorkingHours.PROHIBITED, Advocacy.ENCOURAGED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one area");
    assertThatThrownBy(() -> is()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void missing_holds_when_the_area_is_not_addressed() {
    Condition condition = missing(Confidentiality.ID);
    Policy decided = policy(Confidentiality.allInternalInformation());

    assertThat(test(condition, policy(), decided)).containsExactly(true, false);
    assertThat(facts(condition, policy())).containsExactly("confidentiality = not-addressed");
    assertThat(facts(condition, decided))
        .containsExactly("confidentiality = all-internal-information");
    assertThat(condition.areas()).containsExactly("confidentiality");
  }

  @Test
  void outside_holds_for_a_value_beyond_either_end_of_the_range() {
    Condition condition = outside(WorkingHours.TIME_LIMITED, WorkingHours.MINUTES_PER_DAY, 1, 480);
    Policy tooLong = policy(WorkingHours.timeLimited(900));

    assertThat(
            test(
                condition,
                tooLong,
                policy(WorkingHours.timeLimited(0)),
                policy(WorkingHours.timeLimited(1)),
                policy(WorkingHours.timeLimited(480)),
                policy(WorkingHours.prohibited())))
        .containsExactly(true, true, false, false, false);
    assertThat(facts(condition, tooLong))
        .containsExactly("working-hours = time-limited", "working-hours.minutesPerDay = 900");
    assertThat(facts(condition, policy(WorkingHours.prohibited())))
        .containsExactly("working-hours = prohibited");
    assertThat(condition.areas()).containsExactly("working-hours");
  }

  @Test
  void choice_is_holds_for_the_chosen_value_of_the_option_only() {
    Condition condition =
        choiceIs(Transparency.DISCLOSE_AND_DISCLAIM, Transparency.METHOD, "profile");
    Policy profile = policy(Transparency.discloseAndDisclaim(DisclosureMethod.PROFILE));

    assertThat(
            test(
                condition,
                profile,
                policy(Transparency.discloseAndDisclaim(DisclosureMethod.IN_POST)),
                policy(Transparency.discloseOnly(DisclosureMethod.PROFILE))))
        .containsExactly(true, false, false);
    assertThat(facts(condition, profile))
        .containsExactly("transparency = disclose-and-disclaim", "transparency.method = profile");
  }

  @Test
  void contains_holds_when_the_list_has_the_value() {
    Condition condition = contains(Advocacy.ENCOURAGED, Advocacy.SHAREABLE, "product-launches");
    Policy launches = policy(Advocacy.encouraged(Shareable.NEWS, Shareable.PRODUCT_LAUNCHES));

    assertThat(
            test(
                condition,
                launches,
                policy(Advocacy.encouraged(Shareable.NEWS)),
                policy(Advocacy.voluntary())))
        .containsExactly(true, false, false);
    assertThat(facts(condition, launches))
        .containsExactly("advocacy = encouraged", "advocacy.shareable = [news, product-launches]");
  }

  @Test
  void empty_list_holds_for_a_missing_or_empty_list_of_the_option_only() {
    Condition condition = emptyList(Advocacy.ENCOURAGED, Advocacy.SHAREABLE);
    Policy missingValue = policy(Decision.of(Advocacy.ENCOURAGED));

    assertThat(
            test(
                condition,
                missingValue,
                policy(Advocacy.encouraged()),
                policy(Advocacy.encouraged(Shareable.NEWS)),
                policy(Advocacy.voluntary()),
                policy()))
        .containsExactly(true, true, false, false, false);
    assertThat(facts(condition, missingValue))
        .containsExactly("advocacy = encouraged", "advocacy.shareable = missing");
    assertThat(facts(condition, policy())).containsExactly("advocacy = not-addressed");
  }

  @Test
  void not_true_holds_for_a_missing_or_false_boolean() {
    Condition condition = notTrue(Purpose.DEFINED, Purpose.MEASURED);
    Policy unmeasured = policy(Purpose.defined(false, Goal.RECRUITMENT));

    assertThat(
            test(
                condition,
                unmeasured,
                policy(Purpose.defined(true, Goal.RECRUITMENT)),
                policy(Purpose.undefined())))
        .containsExactly(true, false, false);
    assertThat(facts(condition, unmeasured))
        .containsExactly("purpose = defined", "purpose.measured = false");
  }

  @Test
  void country_sector_and_representation_read_the_organisation() {
    Policy us =
        Policy.builder()
            .organisation(
                Organisation.builder()
                    .name("Acme Inc.")
                    .country(Country.US)
                    .sector(Sector.PHARMA)
                    .employeeRepresentation(EmployeeRepresentation.UNION)
                    .build())
            .build();
    Condition country = country(Country.US, Country.GB);
    Condition sector = sector(Sector.PHARMA);
    Condition union = representation(EmployeeRepresentation.UNION);

    assertThat(test(country, us, policy())).containsExactly(true, false);
    assertThat(test(sector, us, policy())).containsExactly(true, false);
    assertThat(test(union, us, policy())).containsExactly(true, false);
    assertThat(facts(country, policy())).containsExactly("country = DK");
    assertThat(facts(sector, us)).containsExactly("sector = pharma");
    assertThat(facts(union, policy())).containsExactly("employee-representation = none");
    assertThat(country.areas()).isEmpty();
    assertThat(sector.areas()).isEmpty();
    assertThat(union.areas()).isEmpty();
  }

  @Test
  void state_is_the_decision_or_not_addressed() {
    assertThat(Fact.state(policy(WorkingHours.prohibited()), WorkingHours.ID))
        .isEqualTo(Fact.of(Fact.Kind.DECISION, "working-hours", "prohibited"));
    assertThat(Fact.state(policy(), WorkingHours.ID))
        .isEqualTo(Fact.of(Fact.Kind.NOT_ADDRESSED, "working-hours", "not-addressed"));
  }
}
