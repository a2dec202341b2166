package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.ParameterValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompanyPresenceTest {
  @Test
  void the_area_is_company_presence_with_its_options_in_order() {
    assertThat(CompanyPresence.ID).isEqualTo("company-presence");
    assertThat(CompanyPresence.AREA.id()).isEqualTo("company-presence");
    assertThat(CompanyPresence.AREA.options())
        .containsExactly(CompanyPresence.NONE, CompanyPresence.OFFICIAL_ACCOUNTS);
    assertThat(CompanyPresence.AREA.options())
        .extracting(Option::id)
        .containsExactly("none", "official-accounts");
    assertThat(StandardCatalogue.catalogue().area("company-presence"))
        .containsSame(CompanyPresence.AREA);
  }

  @Test
  void none_decides_none_with_no_values() {
    Decision decision = CompanyPresence.none();
    assertThat(decision).isEqualTo(Decision.of(CompanyPresence.NONE));
    assertThat(decision.area()).isEqualTo("company-presence");
    assertThat(decision.option().id()).isEqualTo("none");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void official_accounts_decides_official_accounts_with_the_networks_in_order() {
    Decision decision = CompanyPresence.officialAccounts(Network.LINKEDIN, Network.FACEBOOK);
    assertThat(decision.option()).isEqualTo(CompanyPresence.OFFICIAL_ACCOUNTS);
    assertThat(decision.values())
        .containsExactly(
            entry("networks", ParameterValue.ofChoices(List.of("linkedin", "facebook"))));
    assertThat(CompanyPresence.NETWORKS).isEqualTo("networks");
  }
}
