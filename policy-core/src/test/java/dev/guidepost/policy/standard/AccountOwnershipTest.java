package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class AccountOwnershipTest {
  @Test
  void the_area_is_account_ownership_with_its_options_in_order() {
    assertThat(AccountOwnership.ID).isEqualTo("account-ownership");
    assertThat(AccountOwnership.AREA.id()).isEqualTo("account-ownership");
    assertThat(AccountOwnership.AREA.options())
        .containsExactly(
            AccountOwnership.COMPANY_OWNS,
            AccountOwnership.CREATOR_OWNS,
            AccountOwnership.UNSPECIFIED);
    assertThat(AccountOwnership.AREA.options())
        .extracting(Option::id)
        .containsExactly("company-owns", "creator-owns", "unspecified");
    assertThat(StandardCatalogue.catalogue().area("account-ownership"))
        .containsSame(AccountOwnership.AREA);
  }

  @Test
  void company_owns_decides_company_owns_with_no_values() {
    Decision decision = AccountOwnership.companyOwns();
    assertThat(decision).isEqualTo(Decision.of(AccountOwnership.COMPANY_OWNS));
    assertThat(decision.area()).isEqualTo("account-ownership");
    assertThat(decision.option().id()).isEqualTo("company-owns");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void creator_owns_decides_creator_owns_with_no_values() {
    Decision decision = AccountOwnership.creatorOwns();
    assertThat(decision).isEqualTo(Decision.of(AccountOwnership.CREATOR_OWNS));
    assertThat(decision.area()).isEqualTo("account-ownership");
    assertThat(decision.option().id()).isEqualTo("creator-owns");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void unspecified_decides_unspecified_with_no_values() {
    Decision decision = AccountOwnership.unspecified();
    assertThat(decision).isEqualTo(Decision.of(AccountOwnership.UNSPECIFIED));
    assertThat(decision.area()).isEqualTo("account-ownership");
    assertThat(decision.option().id()).isEqualTo("unspecified");
    assertThat(decision.values()).isEmpty();
  }
}
