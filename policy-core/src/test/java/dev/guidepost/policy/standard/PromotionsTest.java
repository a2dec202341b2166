package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class PromotionsTest {
  @Test
  void the_area_is_promotions_with_its_options_in_order() {
    assertThat(Promotions.ID).isEqualTo("promotions");
    assertThat(Promotions.AREA.id()).isEqualTo("promotions");
    assertThat(Promotions.AREA.options())
        .extracting(Option::id)
        .containsExactly("approval-required", "not-run", "not-addressed");
    assertThat(StandardCatalogue.catalogue().area("promotions")).containsSame(Promotions.AREA);
  }

  @Test
  void approval_required_decides_it_with_no_values() {
    Decision decision = Promotions.approvalRequired();
    assertThat(decision).isEqualTo(Decision.of(Promotions.APPROVAL_REQUIRED));
    assertThat(decision.area()).isEqualTo("promotions");
    assertThat(decision.option().id()).isEqualTo("approval-required");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_run_decides_it_with_no_values() {
    Decision decision = Promotions.notRun();
    assertThat(decision).isEqualTo(Decision.of(Promotions.NOT_RUN));
    assertThat(decision.area()).isEqualTo("promotions");
    assertThat(decision.option().id()).isEqualTo("not-run");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_addressed_decides_it_with_no_values() {
    Decision decision = Promotions.notAddressed();
    assertThat(decision).isEqualTo(Decision.of(Promotions.NOT_ADDRESSED));
    assertThat(decision.area()).isEqualTo("promotions");
    assertThat(decision.option().id()).isEqualTo("not-addressed");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void approval_required_names_optional_approvers_that_select_a_variant() {
    var contacts = Promotions.APPROVAL_REQUIRED.parameter(Promotions.CONTACTS).orElseThrow();
    assertThat(contacts.required()).isFalse();
    assertThat(contacts.variant()).contains("contacts");
    assertThat(contacts.vocabulary()).isEqualTo("contact");
    assertThat(contacts.allowedValues()).contains("legal", "communications");
    Decision decision = Promotions.approvalRequired(Contact.LEGAL);
    assertThat(decision.option()).isEqualTo(Promotions.APPROVAL_REQUIRED);
    assertThat(decision.values())
        .containsExactly(
            org.assertj.core.api.Assertions.entry(
                "contacts",
                dev.guidepost.policy.model.ParameterValue.ofChoices(java.util.List.of("legal"))));
  }
}
