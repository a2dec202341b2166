package dev.guidepost.policy.check;

import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Policy;
import java.util.ArrayList;
import java.util.List;

/**
 * A policy as the law of each of its organisation's countries sees it: one view per country, the
 * organisation placed in that country. A policy of one country is its own only view. Made once per
 * policy checked, so that running every rule does not rebuild the views.
 */
final class CountryViews {
  private final List<Policy> views;

  private CountryViews(List<Policy> views) {
    this.views = views;
  }

  /** Returns the views of a policy, in the order of its organisation's countries. */
  static CountryViews of(Policy policy) {
    List<Country> countries = policy.organisation().countries();
    if (countries.size() == 1) {
      return new CountryViews(List.of(policy));
    }
    List<Policy> views = new ArrayList<>(countries.size());
    for (Country country : countries) {
      views.add(
          Policy.builder().from(policy).organisation(policy.organisation().in(country)).build());
    }
    return new CountryViews(List.copyOf(views));
  }

  /** The views, one per country, home country first. */
  List<Policy> all() {
    return views;
  }
}
