package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.ParameterValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class PurposeTest {
  @Test
  void the_area_is_purpose_with_its_options_in_order() {
    assertThat(Purpose.ID).isEqualTo("purpose");
    assertThat(Purpose.AREA.id()).isEqualTo("purpose");
    assertThat(Purpose.AREA.options()).containsExactly(Purpose.DEFINED, Purpose.UNDEFINED);
    assertThat(Purpose.AREA.options())
        .extracting(Option::id)
        .containsExactly("defined", "undefined");
    assertThat(StandardCatalogue.catalogue().area("purpose")).containsSame(Purpose.AREA);
  }

  @Test
  void undefined_decides_undefined_with_no_values() {
    Decision decision = Purpose.undefined();
    assertThat(decision).isEqualTo(Decision.of(Purpose.UNDEFINED));
    assertThat(decision.area()).isEqualTo("purpose");
    assertThat(decision.option().id()).isEqualTo("undefined");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void defined_decides_defined_with_goals_and_measured() {
    Decision decision = Purpose.defined(true, Goal.SALES);
    assertThat(decision.option()).isEqualTo(Purpose.DEFINED);
    assertThat(decision.values())
        .containsOnly(
            entry("goals", ParameterValue.ofChoices(List.of("sales"))),
            entry("measured", ParameterValue.ofBoolean(true)));
    assertThat(Purpose.GOALS).isEqualTo("goals");
    assertThat(Purpose.MEASURED).isEqualTo("measured");
  }

  @Test
  void defined_keeps_the_goals_in_order_and_may_be_unmeasured() {
    Decision decision = Purpose.defined(false, Goal.RECRUITMENT, Goal.COMMUNITY);
    assertThat(decision.value("goals"))
        .contains(ParameterValue.ofChoices(List.of("recruitment", "community")));
    assertThat(decision.value("measured")).contains(ParameterValue.ofBoolean(false));
  }
}
