package dev.guidepost.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.check.Checker;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.standard.CompanyPresence;
import dev.guidepost.policy.standard.Governance;
import dev.guidepost.policy.standard.Preset;
import org.junit.jupiter.api.Test;

class CompanyRuleTest {
  private static final Checker CHECKER =
      StandardRules.checker().toBuilder().add(CompanyRule.namedManager("Jane Doe")).build();
  private static final Policy BALANCED =
      Preset.BALANCED.policyFor(Organisation.of("Acme A/S", Country.DK));

  @Test
  void fires_then_is_fixed_by_its_verified_suggestion() {
    assertThat(CompanyRule.run())
        .startsWith(
            "Error [official-accounts-need-named-manager] Acme has official accounts, but the"
                + " policy does not name the social media manager who runs them.\n")
        .contains("  - Official accounts: We run official accounts\n")
        .contains(
            "  => Who is responsible: choose \"A social media manager\""
                + " (Contact: Jane Doe, jane@acme.example)\n")
        .contains("The policy does not validate\n")
        .contains(
            "After the fix: governance = social-media-manager {contact=Jane Doe, jane@acme.example}")
        .endsWith("[official-accounts-need-named-manager] does not fire\nThe policy validates\n");
  }

  @Test
  void fires_as_an_error_when_official_accounts_have_no_named_manager() {
    assertThat(CHECKER.check(BALANCED).findingsOf(CompanyRule.ID))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR))
        .satisfies(f -> assertThat(f.fixes()).hasSize(1));
    assertThat(
            CHECKER
                .check(BALANCED.toBuilder().decide(Governance.communicationsTeam()).build())
                .findingsOf(CompanyRule.ID))
        .hasSize(1);
  }

  @Test
  void does_not_fire_with_a_named_manager_or_without_official_accounts() {
    Policy named = BALANCED.toBuilder().decide(Governance.socialMediaManager("Jane Doe")).build();
    Policy noAccounts = BALANCED.toBuilder().decide(CompanyPresence.none()).build();

    assertThat(CHECKER.check(named).findingsOf(CompanyRule.ID)).isEmpty();
    assertThat(CHECKER.check(noAccounts).findingsOf(CompanyRule.ID)).isEmpty();
    assertThat(StandardRules.checker().check(BALANCED).findingsOf(CompanyRule.ID)).isEmpty();
  }
}
