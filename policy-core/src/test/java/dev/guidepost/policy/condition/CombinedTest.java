package dev.guidepost.policy.condition;

import static dev.guidepost.policy.condition.Conditions.all;
import static dev.guidepost.policy.condition.Conditions.any;
import static dev.guidepost.policy.condition.Conditions.country;
import static dev.guidepost.policy.condition.Conditions.emptyList;
import static dev.guidepost.policy.condition.Conditions.is;
import static dev.guidepost.policy.condition.Conditions.missing;
import static dev.guidepost.policy.condition.Conditions.not;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.Advocacy;
import dev.guidepost.policy.standard.Confidentiality;
import dev.guidepost.policy.standard.DisclosureMethod;
import dev.guidepost.policy.standard.Shareable;
import dev.guidepost.policy.standard.Transparency;
import dev.guidepost.policy.standard.WorkingHours;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link Conditions#all}, {@link Conditions#any} and {@link Conditions#not}. */
class CombinedTest {
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
  void all_holds_when_every_part_does_and_reports_every_part() {
    Condition condition = all(is(Advocacy.ENCOURAGED), is(WorkingHours.PROHIBITED));
    Policy both = policy(Advocacy.encouraged(), WorkingHours.prohibited());
    Policy one = policy(Advocacy.encouraged());

    assertThat(test(condition, both, one)).containsExactly(true, false);
    assertThat(facts(condition, both))
        .containsExactly("advocacy = encouraged", "working-hours = prohibited");
    assertThat(facts(condition, one))
        .containsExactly("advocacy = encouraged", "working-hours = not-addressed");
    assertThat(condition.areas()).containsExactly("advocacy", "working-hours");
  }

  @Test
  void any_holds_when_a_part_does_and_reports_only_the_parts_that_hold() {
    Condition condition =
        any(emptyList(Advocacy.ENCOURAGED, Advocacy.SHAREABLE), missing(Confidentiality.ID));
    Policy noConfidentiality = policy(Advocacy.encouraged(Shareable.NEWS));
    Policy neither =
        policy(Advocacy.encouraged(Shareable.NEWS), Confidentiality.allInternalInformation());

    assertThat(test(condition, noConfidentiality, neither)).containsExactly(true, false);
    assertThat(facts(condition, noConfidentiality))
        .containsExactly("confidentiality = not-addressed");
    assertThat(facts(condition, neither))
        .as("when no part holds, every part explains it")
        .containsExactly(
            "advocacy = encouraged",
            "advocacy.shareable = [news]",
            "confidentiality = all-internal-information");
    assertThat(condition.areas()).containsExactly("advocacy", "confidentiality");
  }

  @Test
  void not_inverts_its_part_and_reports_its_facts_without_repeats() {
    Condition condition = not(is(Transparency.DISCLOSE_AND_DISCLAIM));
    Condition repeated = all(is(Advocacy.ENCOURAGED), not(is(Advocacy.VOLUNTARY)));

    assertThat(
            test(
                condition,
                policy(Transparency.notRequired()),
                policy(),
                policy(Transparency.discloseAndDisclaim(DisclosureMethod.IN_POST))))
        .containsExactly(true, true, false);
    assertThat(facts(condition, policy())).containsExactly("transparency = not-addressed");
    assertThat(condition.areas()).containsExactly("transparency");
    assertThat(facts(repeated, policy(Advocacy.encouraged())))
        .containsExactly("advocacy = encouraged");
    assertThat(repeated.areas()).containsExactly("advocacy");
  }

  @Test
  void all_of_nothing_holds_and_any_of_nothing_does_not() {
    assertThat(all().test(policy())).isTrue();
    assertThat(any().test(policy())).isFalse();
    assertThat(all().facts(policy())).isEmpty();
    assertThat(any().areas()).isEmpty();
  }

  @Test
  void to_string_shows_the_operator_and_its_parts() {
    assertThat(not(country(Country.US))).hasToString("not(country in [US])");
    assertThat(all(missing("confidentiality"), country(Country.US)))
        .hasToString("all(confidentiality not addressed, country in [US])");
  }
}
