package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class ThreatsAndObscenityTest {
  @Test
  void the_area_is_threats_and_obscenity_with_its_options_in_order() {
    assertThat(ThreatsAndObscenity.ID).isEqualTo("threats-and-obscenity");
    assertThat(ThreatsAndObscenity.AREA.id()).isEqualTo("threats-and-obscenity");
    assertThat(ThreatsAndObscenity.AREA.options())
        .containsExactly(
            ThreatsAndObscenity.NO_THREATS,
            ThreatsAndObscenity.NO_THREATS_OR_OBSCENITY,
            ThreatsAndObscenity.NOT_ADDRESSED);
    assertThat(ThreatsAndObscenity.AREA.options())
        .extracting(Option::id)
        .containsExactly("no-threats", "no-threats-or-obscenity", "not-addressed");
    assertThat(StandardCatalogue.catalogue().area("threats-and-obscenity"))
        .containsSame(ThreatsAndObscenity.AREA);
    assertThat(StandardCatalogue.catalogue().chapterOf("threats-and-obscenity"))
        .map(chapter -> chapter.id())
        .contains("conduct");
  }

  @Test
  void no_threats_decides_no_threats_with_no_values() {
    Decision decision = ThreatsAndObscenity.noThreats();
    assertThat(decision).isEqualTo(Decision.of(ThreatsAndObscenity.NO_THREATS));
    assertThat(decision.area()).isEqualTo("threats-and-obscenity");
    assertThat(decision.option().id()).isEqualTo("no-threats");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void no_threats_or_obscenity_decides_no_threats_or_obscenity_with_no_values() {
    Decision decision = ThreatsAndObscenity.noThreatsOrObscenity();
    assertThat(decision).isEqualTo(Decision.of(ThreatsAndObscenity.NO_THREATS_OR_OBSCENITY));
    assertThat(decision.area()).isEqualTo("threats-and-obscenity");
    assertThat(decision.option().id()).isEqualTo("no-threats-or-obscenity");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_addressed_decides_not_addressed_with_no_values() {
    Decision decision = ThreatsAndObscenity.notAddressed();
    assertThat(decision).isEqualTo(Decision.of(ThreatsAndObscenity.NOT_ADDRESSED));
    assertThat(decision.area()).isEqualTo("threats-and-obscenity");
    assertThat(decision.option().id()).isEqualTo("not-addressed");
    assertThat(decision.values()).isEmpty();
  }
}
