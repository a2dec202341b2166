package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class CriticismTest {
  @Test
  void the_area_is_criticism_with_its_options_in_order() {
    assertThat(Criticism.ID).isEqualTo("criticism");
    assertThat(Criticism.AREA.id()).isEqualTo("criticism");
    assertThat(Criticism.AREA.options())
        .containsExactly(
            Criticism.RAISE_INTERNALLY_FIRST,
            Criticism.PROHIBITED,
            Criticism.COLLEAGUES_NOT_IN_PUBLIC,
            Criticism.NOT_ADDRESSED);
    assertThat(Criticism.AREA.options())
        .extracting(Option::id)
        .containsExactly(
            "raise-internally-first", "prohibited", "colleagues-not-in-public", "not-addressed");
    assertThat(StandardCatalogue.catalogue().area("criticism")).containsSame(Criticism.AREA);
  }

  @Test
  void raise_internally_first_decides_raise_internally_first_with_no_values() {
    Decision decision = Criticism.raiseInternallyFirst();
    assertThat(decision).isEqualTo(Decision.of(Criticism.RAISE_INTERNALLY_FIRST));
    assertThat(decision.area()).isEqualTo("criticism");
    assertThat(decision.option().id()).isEqualTo("raise-internally-first");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void prohibited_decides_prohibited_with_no_values() {
    Decision decision = Criticism.prohibited();
    assertThat(decision).isEqualTo(Decision.of(Criticism.PROHIBITED));
    assertThat(decision.area()).isEqualTo("criticism");
    assertThat(decision.option().id()).isEqualTo("prohibited");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_addressed_decides_not_addressed_with_no_values() {
    Decision decision = Criticism.notAddressed();
    assertThat(decision).isEqualTo(Decision.of(Criticism.NOT_ADDRESSED));
    assertThat(decision.area()).isEqualTo("criticism");
    assertThat(decision.option().id()).isEqualTo("not-addressed");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void colleagues_not_in_public_decides_colleagues_not_in_public_with_no_values() {
    Decision decision = Criticism.colleaguesNotInPublic();
    assertThat(decision).isEqualTo(Decision.of(Criticism.COLLEAGUES_NOT_IN_PUBLIC));
    assertThat(decision.area()).isEqualTo("criticism");
    assertThat(decision.option().id()).isEqualTo("colleagues-not-in-public");
    assertThat(decision.values()).isEmpty();
  }
}
