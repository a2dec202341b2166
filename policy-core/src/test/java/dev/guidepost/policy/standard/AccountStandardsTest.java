package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.ParameterValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountStandardsTest {
  @Test
  void the_area_is_account_standards_with_its_options_in_order() {
    assertThat(AccountStandards.ID).isEqualTo("account-standards");
    assertThat(AccountStandards.STANDARDS).isEqualTo("standards");
    assertThat(AccountStandards.AREA.options())
        .containsExactly(AccountStandards.LISTED, AccountStandards.NOT_ADDRESSED);
    assertThat(AccountStandards.AREA.options())
        .extracting(Option::id)
        .containsExactly("listed", "not-addressed");
    assertThat(StandardCatalogue.catalogue().chapterOf("account-standards"))
        .map(chapter -> chapter.id())
        .contains("own-presence");
  }

  @Test
  void listed_keeps_the_standards_in_the_order_given() {
    Decision decision =
        AccountStandards.listed(
            AccountStandard.ARCHIVE_CLOSED_ACCOUNTS,
            AccountStandard.CARE_FOR_VULNERABLE_CONTRIBUTORS);
    assertThat(decision.option()).isEqualTo(AccountStandards.LISTED);
    assertThat(decision.value("standards"))
        .contains(
            ParameterValue.ofChoices(
                List.of("archive-closed-accounts", "care-for-vulnerable-contributors")));
  }

  @Test
  void not_addressed_decides_not_addressed_with_no_values() {
    assertThat(AccountStandards.notAddressed())
        .isEqualTo(Decision.of(AccountStandards.NOT_ADDRESSED));
    assertThat(AccountStandards.notAddressed().values()).isEmpty();
  }

  @Test
  void every_standard_has_a_kebab_case_id_that_finds_it_again() {
    assertThat(AccountStandard.values())
        .extracting(AccountStandard::id)
        .containsExactly(
            "informal-tone",
            "relevant-content",
            "justifiable-use-of-public-funds",
            "no-manipulated-content",
            "care-for-vulnerable-contributors",
            "archive-closed-accounts",
            "qualify-uncertain-answers",
            "disclaimers-on-offers",
            "check-profiles",
            "link-to-answers");
    for (AccountStandard standard : AccountStandard.values()) {
      assertThat(AccountStandard.fromId(standard.id())).contains(standard);
    }
    assertThat(AccountStandard.fromId("informal")).isEmpty();
  }
}
