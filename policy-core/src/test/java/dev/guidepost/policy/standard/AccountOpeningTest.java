package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.ParameterValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountOpeningTest {
  @Test
  void the_area_is_account_opening_with_its_options_in_order() {
    assertThat(AccountOpening.ID).isEqualTo("account-opening");
    assertThat(AccountOpening.ADVISERS).isEqualTo("advisers");
    assertThat(AccountOpening.AREA.options())
        .containsExactly(
            AccountOpening.PURPOSE_AUDIENCE_AND_RESOURCES, AccountOpening.NOT_ADDRESSED);
    assertThat(AccountOpening.AREA.options())
        .extracting(Option::id)
        .containsExactly("purpose-audience-and-resources", "not-addressed");
    assertThat(StandardCatalogue.catalogue().area("account-opening"))
        .containsSame(AccountOpening.AREA);
    assertThat(StandardCatalogue.catalogue().chapterOf("account-opening"))
        .map(chapter -> chapter.id())
        .contains("own-presence");
  }

  @Test
  void without_advisers_the_decision_has_no_values() {
    Decision decision = AccountOpening.purposeAudienceAndResources();
    assertThat(decision).isEqualTo(Decision.of(AccountOpening.PURPOSE_AUDIENCE_AND_RESOURCES));
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void the_advisers_are_kept_as_named_and_in_order() {
    Decision decision =
        AccountOpening.purposeAudienceAndResources("Editorial Policy", "the legal team");
    assertThat(decision.option().id()).isEqualTo("purpose-audience-and-resources");
    assertThat(decision.value("advisers"))
        .contains(ParameterValue.ofTexts(List.of("Editorial Policy", "the legal team")));
  }

  @Test
  void not_addressed_decides_not_addressed_with_no_values() {
    Decision decision = AccountOpening.notAddressed();
    assertThat(decision).isEqualTo(Decision.of(AccountOpening.NOT_ADDRESSED));
    assertThat(decision.values()).isEmpty();
  }
}
