package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.ParameterValue;
import org.junit.jupiter.api.Test;

class TransparencyTest {
  @Test
  void the_area_is_transparency_with_its_options_in_order() {
    assertThat(Transparency.ID).isEqualTo("transparency");
    assertThat(Transparency.AREA.id()).isEqualTo("transparency");
    assertThat(Transparency.AREA.options())
        .containsExactly(
            Transparency.DISCLOSE_AND_DISCLAIM,
            Transparency.DISCLOSE_ONLY,
            Transparency.NOT_REQUIRED,
            Transparency.DISCLAIMER_NO_PROTECTION);
    assertThat(Transparency.AREA.options())
        .extracting(Option::id)
        .containsExactly(
            "disclose-and-disclaim", "disclose-only", "not-required", "disclaimer-no-protection");
    assertThat(StandardCatalogue.catalogue().area("transparency")).containsSame(Transparency.AREA);
  }

  @Test
  void not_required_decides_not_required_with_no_values() {
    Decision decision = Transparency.notRequired();
    assertThat(decision).isEqualTo(Decision.of(Transparency.NOT_REQUIRED));
    assertThat(decision.area()).isEqualTo("transparency");
    assertThat(decision.option().id()).isEqualTo("not-required");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void disclose_and_disclaim_decides_disclose_and_disclaim_with_the_method() {
    Decision decision = Transparency.discloseAndDisclaim(DisclosureMethod.IN_POST);
    assertThat(decision.option()).isEqualTo(Transparency.DISCLOSE_AND_DISCLAIM);
    assertThat(decision.values())
        .containsExactly(entry("method", ParameterValue.ofChoice("in-post")));
    assertThat(Transparency.METHOD).isEqualTo("method");
  }

  @Test
  void disclose_only_decides_disclose_only_with_the_method() {
    Decision decision = Transparency.discloseOnly(DisclosureMethod.PROFILE);
    assertThat(decision.option()).isEqualTo(Transparency.DISCLOSE_ONLY);
    assertThat(decision.values())
        .containsExactly(entry("method", ParameterValue.ofChoice("profile")));
  }

  @Test
  void disclaimer_no_protection_decides_it_with_no_values() {
    Decision decision = Transparency.disclaimerNoProtection();
    assertThat(decision).isEqualTo(Decision.of(Transparency.DISCLAIMER_NO_PROTECTION));
    assertThat(decision.option().id()).isEqualTo("disclaimer-no-protection");
    assertThat(decision.values()).isEmpty();
  }
}
