package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.ParameterValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdvocacyTest {
  @Test
  void the_area_is_advocacy_with_its_options_in_order() {
    assertThat(Advocacy.ID).isEqualTo("advocacy");
    assertThat(Advocacy.AREA.id()).isEqualTo("advocacy");
    assertThat(Advocacy.AREA.options())
        .containsExactly(
            Advocacy.ENCOURAGED,
            Advocacy.ENCOURAGED_VOLUNTARY,
            Advocacy.VOLUNTARY,
            Advocacy.NOT_ALLOWED);
    assertThat(Advocacy.AREA.options())
        .extracting(Option::id)
        .containsExactly("encouraged", "encouraged-voluntary", "voluntary", "not-allowed");
    assertThat(StandardCatalogue.catalogue().area("advocacy")).containsSame(Advocacy.AREA);
  }

  @Test
  void voluntary_decides_voluntary_with_no_values() {
    Decision decision = Advocacy.voluntary();
    assertThat(decision).isEqualTo(Decision.of(Advocacy.VOLUNTARY));
    assertThat(decision.area()).isEqualTo("advocacy");
    assertThat(decision.option().id()).isEqualTo("voluntary");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_allowed_decides_not_allowed_with_no_values() {
    Decision decision = Advocacy.notAllowed();
    assertThat(decision).isEqualTo(Decision.of(Advocacy.NOT_ALLOWED));
    assertThat(decision.area()).isEqualTo("advocacy");
    assertThat(decision.option().id()).isEqualTo("not-allowed");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void encouraged_decides_encouraged_with_the_shareable_content_in_order() {
    Decision decision = Advocacy.encouraged(Shareable.NEWS);
    assertThat(decision.option()).isEqualTo(Advocacy.ENCOURAGED);
    assertThat(decision.values())
        .containsExactly(entry("shareable", ParameterValue.ofChoices(List.of("news"))));
    assertThat(Advocacy.encouraged(Shareable.EVENTS, Shareable.JOB_POSTINGS).value("shareable"))
        .contains(ParameterValue.ofChoices(List.of("events", "job-postings")));
    assertThat(Advocacy.SHAREABLE).isEqualTo("shareable");
  }

  @Test
  void encouraged_without_content_has_an_empty_list() {
    assertThat(Advocacy.encouraged().value("shareable"))
        .contains(ParameterValue.ofChoices(List.of()));
  }

  @Test
  void encouraged_rejects_content_twice() {
    assertThatThrownBy(() -> Advocacy.encouraged(Shareable.NEWS, Shareable.NEWS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("repeat");
  }

  @Test
  void encouraged_voluntary_decides_encouraged_voluntary_with_no_values() {
    Decision decision = Advocacy.encouragedVoluntary();
    assertThat(decision).isEqualTo(Decision.of(Advocacy.ENCOURAGED_VOLUNTARY));
    assertThat(decision.area()).isEqualTo("advocacy");
    assertThat(decision.option().id()).isEqualTo("encouraged-voluntary");
    assertThat(decision.values()).isEmpty();
  }
}
