package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class ProductClaimsTest {
  @Test
  void the_area_is_product_claims_with_its_options_in_order() {
    assertThat(ProductClaims.ID).isEqualTo("product-claims");
    assertThat(ProductClaims.AREA.id()).isEqualTo("product-claims");
    assertThat(ProductClaims.AREA.options())
        .extracting(Option::id)
        .containsExactly(
            "substantiated-only",
            "substantiated-and-approved",
            "published-claims-only",
            "not-addressed");
    assertThat(StandardCatalogue.catalogue().area("product-claims"))
        .containsSame(ProductClaims.AREA);
  }

  @Test
  void substantiated_only_decides_it_with_no_values() {
    Decision decision = ProductClaims.substantiatedOnly();
    assertThat(decision).isEqualTo(Decision.of(ProductClaims.SUBSTANTIATED_ONLY));
    assertThat(decision.area()).isEqualTo("product-claims");
    assertThat(decision.option().id()).isEqualTo("substantiated-only");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void substantiated_and_approved_decides_it_with_no_values() {
    Decision decision = ProductClaims.substantiatedAndApproved();
    assertThat(decision).isEqualTo(Decision.of(ProductClaims.SUBSTANTIATED_AND_APPROVED));
    assertThat(decision.area()).isEqualTo("product-claims");
    assertThat(decision.option().id()).isEqualTo("substantiated-and-approved");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void published_claims_only_decides_it_with_no_values() {
    Decision decision = ProductClaims.publishedClaimsOnly();
    assertThat(decision).isEqualTo(Decision.of(ProductClaims.PUBLISHED_CLAIMS_ONLY));
    assertThat(decision.area()).isEqualTo("product-claims");
    assertThat(decision.option().id()).isEqualTo("published-claims-only");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_addressed_decides_it_with_no_values() {
    Decision decision = ProductClaims.notAddressed();
    assertThat(decision).isEqualTo(Decision.of(ProductClaims.NOT_ADDRESSED));
    assertThat(decision.area()).isEqualTo("product-claims");
    assertThat(decision.option().id()).isEqualTo("not-addressed");
    assertThat(decision.values()).isEmpty();
  }
}
