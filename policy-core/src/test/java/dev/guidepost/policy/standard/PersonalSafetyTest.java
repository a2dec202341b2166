package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class PersonalSafetyTest {
  @Test
  void the_area_is_personal_safety_with_its_options_in_order() {
    assertThat(PersonalSafety.ID).isEqualTo("personal-safety");
    assertThat(PersonalSafety.AREA.id()).isEqualTo("personal-safety");
    assertThat(PersonalSafety.AREA.options())
        .containsExactly(PersonalSafety.PROTECT_YOURSELF, PersonalSafety.NOT_ADDRESSED);
    assertThat(PersonalSafety.AREA.options())
        .extracting(Option::id)
        .containsExactly("protect-yourself", "not-addressed");
    assertThat(StandardCatalogue.catalogue().area("personal-safety"))
        .containsSame(PersonalSafety.AREA);
  }

  @Test
  void protect_yourself_decides_protect_yourself_with_no_values() {
    Decision decision = PersonalSafety.protectYourself();
    assertThat(decision).isEqualTo(Decision.of(PersonalSafety.PROTECT_YOURSELF));
    assertThat(decision.area()).isEqualTo("personal-safety");
    assertThat(decision.option().id()).isEqualTo("protect-yourself");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_addressed_decides_not_addressed_with_no_values() {
    Decision decision = PersonalSafety.notAddressed();
    assertThat(decision).isEqualTo(Decision.of(PersonalSafety.NOT_ADDRESSED));
    assertThat(decision.area()).isEqualTo("personal-safety");
    assertThat(decision.option().id()).isEqualTo("not-addressed");
    assertThat(decision.values()).isEmpty();
  }
}
