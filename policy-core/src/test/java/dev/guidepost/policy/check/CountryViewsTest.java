package dev.guidepost.policy.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.WorkingHours;
import org.junit.jupiter.api.Test;

class CountryViewsTest {
  private static final Organisation DK = Organisation.of("Acme A/S", Country.DK);

  @Test
  void a_policy_of_one_country_is_its_own_only_view() {
    Policy policy = Policy.builder().organisation(DK).decide(WorkingHours.breaksOnly()).build();
    assertThat(CountryViews.of(policy).all()).singleElement().isSameAs(policy);
  }

  @Test
  void a_policy_of_several_countries_has_a_view_per_country_home_first() {
    Organisation nordic = Organisation.builder().from(DK).addOtherCountries(Country.NO).build();
    Policy policy = Policy.builder().organisation(nordic).decide(WorkingHours.breaksOnly()).build();
    assertThat(CountryViews.of(policy).all())
        .extracting(view -> view.organisation().country())
        .containsExactly(Country.DK, Country.NO);
    assertThat(CountryViews.of(policy).all())
        .allSatisfy(view -> assertThat(view.decisions()).isEqualTo(policy.decisions()))
        .allSatisfy(view -> assertThat(view.organisation().name()).isEqualTo("Acme A/S"));
  }
}
