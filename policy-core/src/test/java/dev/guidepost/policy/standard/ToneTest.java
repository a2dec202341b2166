package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterValue;
import org.junit.jupiter.api.Test;

class ToneTest {
  @Test
  void the_area_is_tone_with_its_options_in_order() {
    assertThat(Tone.ID).isEqualTo("tone");
    assertThat(Tone.AREA.id()).isEqualTo("tone");
    assertThat(Tone.AREA.options()).containsExactly(Tone.RESPECTFUL, Tone.NOT_ADDRESSED);
    assertThat(Tone.AREA.options())
        .extracting(Option::id)
        .containsExactly("respectful", "not-addressed");
    assertThat(StandardCatalogue.catalogue().area("tone")).containsSame(Tone.AREA);
  }

  @Test
  void respectful_decides_respectful_with_no_values() {
    Decision decision = Tone.respectful();
    assertThat(decision).isEqualTo(Decision.of(Tone.RESPECTFUL));
    assertThat(decision.area()).isEqualTo("tone");
    assertThat(decision.option().id()).isEqualTo("respectful");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_addressed_decides_not_addressed_with_no_values() {
    Decision decision = Tone.notAddressed();
    assertThat(decision).isEqualTo(Decision.of(Tone.NOT_ADDRESSED));
    assertThat(decision.area()).isEqualTo("tone");
    assertThat(decision.option().id()).isEqualTo("not-addressed");
    assertThat(decision.values()).isEmpty();
  }

  /** The deprecated flag stays readable and writable, so that existing policies keep working. */
  @Test
  @SuppressWarnings("deprecation")
  void respectful_with_the_deprecated_flag_still_decides_respectful_with_the_flag() {
    Decision decision = Tone.respectful(true);
    assertThat(decision.option()).isEqualTo(Tone.RESPECTFUL);
    assertThat(decision.values())
        .containsExactly(entry("alignedWithEmailPolicy", ParameterValue.ofBoolean(true)));
    assertThat(Tone.respectful(false).value("alignedWithEmailPolicy"))
        .contains(ParameterValue.ofBoolean(false));
    assertThat(Tone.ALIGNED_WITH_EMAIL_POLICY).isEqualTo("alignedWithEmailPolicy");
  }

  @Test
  void the_deprecated_flag_is_optional_and_still_selects_its_variant() {
    Parameter flag = Tone.RESPECTFUL.parameters().get(0);
    assertThat(flag.name()).isEqualTo("alignedWithEmailPolicy");
    assertThat(flag.required()).isFalse();
    assertThat(flag.variant()).contains("aligned");
  }
}
