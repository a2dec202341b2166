package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class CustomerReferencesTest {
  @Test
  void the_area_is_customer_references_with_its_options_in_order() {
    assertThat(CustomerReferences.ID).isEqualTo("customer-references");
    assertThat(CustomerReferences.AREA.id()).isEqualTo("customer-references");
    assertThat(CustomerReferences.AREA.options())
        .containsExactly(
            CustomerReferences.WITH_THEIR_APPROVAL,
            CustomerReferences.PUBLISHED_REFERENCES_ONLY,
            CustomerReferences.NOT_ADDRESSED);
    assertThat(CustomerReferences.AREA.options())
        .extracting(Option::id)
        .containsExactly("with-their-approval", "published-references-only", "not-addressed");
    assertThat(StandardCatalogue.catalogue().area("customer-references"))
        .containsSame(CustomerReferences.AREA);
  }

  @Test
  void with_their_approval_decides_it_with_no_values() {
    Decision decision = CustomerReferences.withTheirApproval();
    assertThat(decision).isEqualTo(Decision.of(CustomerReferences.WITH_THEIR_APPROVAL));
    assertThat(decision.area()).isEqualTo("customer-references");
    assertThat(decision.option().id()).isEqualTo("with-their-approval");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void published_references_only_decides_it_with_no_values() {
    Decision decision = CustomerReferences.publishedReferencesOnly();
    assertThat(decision).isEqualTo(Decision.of(CustomerReferences.PUBLISHED_REFERENCES_ONLY));
    assertThat(decision.area()).isEqualTo("customer-references");
    assertThat(decision.option().id()).isEqualTo("published-references-only");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_addressed_decides_not_addressed_with_no_values() {
    Decision decision = CustomerReferences.notAddressed();
    assertThat(decision).isEqualTo(Decision.of(CustomerReferences.NOT_ADDRESSED));
    assertThat(decision.area()).isEqualTo("customer-references");
    assertThat(decision.option().id()).isEqualTo("not-addressed");
    assertThat(decision.values()).isEmpty();
  }
}
