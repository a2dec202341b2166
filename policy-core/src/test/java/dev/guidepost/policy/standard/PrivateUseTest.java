package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class PrivateUseTest {
  @Test
  void the_area_is_private_use_with_its_options_in_order() {
    assertThat(PrivateUse.ID).isEqualTo("private-use");
    assertThat(PrivateUse.AREA.id()).isEqualTo("private-use");
    assertThat(PrivateUse.AREA.options())
        .containsExactly(
            PrivateUse.PRIVATE_MATTER,
            PrivateUse.GUIDELINES_APPLY_WHEN_IDENTIFIABLE,
            PrivateUse.GUIDELINES_ALWAYS_APPLY,
            PrivateUse.ALL_DIGITAL_ACTIVITY);
    assertThat(PrivateUse.AREA.options())
        .extracting(Option::id)
        .containsExactly(
            "private-matter",
            "guidelines-apply-when-identifiable",
            "guidelines-always-apply",
            "all-digital-activity");
    assertThat(StandardCatalogue.catalogue().area("private-use")).containsSame(PrivateUse.AREA);
  }

  @Test
  void private_matter_decides_private_matter_with_no_values() {
    Decision decision = PrivateUse.privateMatter();
    assertThat(decision).isEqualTo(Decision.of(PrivateUse.PRIVATE_MATTER));
    assertThat(decision.area()).isEqualTo("private-use");
    assertThat(decision.option().id()).isEqualTo("private-matter");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void
      guidelines_apply_when_identifiable_decides_guidelines_apply_when_identifiable_with_no_values() {
    Decision decision = PrivateUse.guidelinesApplyWhenIdentifiable();
    assertThat(decision).isEqualTo(Decision.of(PrivateUse.GUIDELINES_APPLY_WHEN_IDENTIFIABLE));
    assertThat(decision.area()).isEqualTo("private-use");
    assertThat(decision.option().id()).isEqualTo("guidelines-apply-when-identifiable");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void guidelines_always_apply_decides_guidelines_always_apply_with_no_values() {
    Decision decision = PrivateUse.guidelinesAlwaysApply();
    assertThat(decision).isEqualTo(Decision.of(PrivateUse.GUIDELINES_ALWAYS_APPLY));
    assertThat(decision.area()).isEqualTo("private-use");
    assertThat(decision.option().id()).isEqualTo("guidelines-always-apply");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void all_digital_activity_decides_all_digital_activity_with_no_values() {
    Decision decision = PrivateUse.allDigitalActivity();
    assertThat(decision).isEqualTo(Decision.of(PrivateUse.ALL_DIGITAL_ACTIVITY));
    assertThat(decision.area()).isEqualTo("private-use");
    assertThat(decision.option().id()).isEqualTo("all-digital-activity");
    assertThat(decision.values()).isEmpty();
  }
}
