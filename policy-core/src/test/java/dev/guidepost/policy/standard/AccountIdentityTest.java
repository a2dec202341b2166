package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class AccountIdentityTest {
  @Test
  void the_area_is_account_identity_with_its_options_in_order() {
    assertThat(AccountIdentity.ID).isEqualTo("account-identity");
    assertThat(AccountIdentity.AREA.id()).isEqualTo("account-identity");
    assertThat(AccountIdentity.AREA.options())
        .containsExactly(
            AccountIdentity.PERSONAL_AND_WORK_SEPARATE,
            AccountIdentity.EMPLOYER_IN_PROFILE_NEEDS_DISCLAIMER,
            AccountIdentity.PROFILE_CONSISTENT_WITH_ROLE,
            AccountIdentity.NOT_ADDRESSED);
    assertThat(AccountIdentity.AREA.options())
        .extracting(Option::id)
        .containsExactly(
            "personal-and-work-separate",
            "employer-in-profile-needs-disclaimer",
            "profile-consistent-with-role",
            "not-addressed");
    assertThat(StandardCatalogue.catalogue().area("account-identity"))
        .containsSame(AccountIdentity.AREA);
  }

  @Test
  void personal_and_work_separate_decides_personal_and_work_separate_with_no_values() {
    Decision decision = AccountIdentity.personalAndWorkSeparate();
    assertThat(decision).isEqualTo(Decision.of(AccountIdentity.PERSONAL_AND_WORK_SEPARATE));
    assertThat(decision.area()).isEqualTo("account-identity");
    assertThat(decision.option().id()).isEqualTo("personal-and-work-separate");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void
      employer_in_profile_needs_disclaimer_decides_employer_in_profile_needs_disclaimer_with_no_values() {
    Decision decision = AccountIdentity.employerInProfileNeedsDisclaimer();
    assertThat(decision)
        .isEqualTo(Decision.of(AccountIdentity.EMPLOYER_IN_PROFILE_NEEDS_DISCLAIMER));
    assertThat(decision.area()).isEqualTo("account-identity");
    assertThat(decision.option().id()).isEqualTo("employer-in-profile-needs-disclaimer");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_addressed_decides_not_addressed_with_no_values() {
    Decision decision = AccountIdentity.notAddressed();
    assertThat(decision).isEqualTo(Decision.of(AccountIdentity.NOT_ADDRESSED));
    assertThat(decision.area()).isEqualTo("account-identity");
    assertThat(decision.option().id()).isEqualTo("not-addressed");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void profile_consistent_with_role_decides_profile_consistent_with_role_with_no_values() {
    Decision decision = AccountIdentity.profileConsistentWithRole();
    assertThat(decision).isEqualTo(Decision.of(AccountIdentity.PROFILE_CONSISTENT_WITH_ROLE));
    assertThat(decision.area()).isEqualTo("account-identity");
    assertThat(decision.option().id()).isEqualTo("profile-consistent-with-role");
    assertThat(decision.values()).isEmpty();
  }
}
