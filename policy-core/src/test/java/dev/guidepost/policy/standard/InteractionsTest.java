package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class InteractionsTest {
  @Test
  void the_area_is_interactions_with_its_options_in_order() {
    assertThat(Interactions.ID).isEqualTo("interactions");
    assertThat(Interactions.AREA.id()).isEqualTo("interactions");
    assertThat(Interactions.AREA.options())
        .containsExactly(Interactions.COUNT_AS_STATEMENTS, Interactions.NOT_ADDRESSED);
    assertThat(Interactions.AREA.options())
        .extracting(Option::id)
        .containsExactly("count-as-statements", "not-addressed");
    assertThat(StandardCatalogue.catalogue().area("interactions")).containsSame(Interactions.AREA);
  }

  @Test
  void count_as_statements_decides_count_as_statements_with_no_values() {
    Decision decision = Interactions.countAsStatements();
    assertThat(decision).isEqualTo(Decision.of(Interactions.COUNT_AS_STATEMENTS));
    assertThat(decision.area()).isEqualTo("interactions");
    assertThat(decision.option().id()).isEqualTo("count-as-statements");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_addressed_decides_not_addressed_with_no_values() {
    Decision decision = Interactions.notAddressed();
    assertThat(decision).isEqualTo(Decision.of(Interactions.NOT_ADDRESSED));
    assertThat(decision.area()).isEqualTo("interactions");
    assertThat(decision.option().id()).isEqualTo("not-addressed");
    assertThat(decision.values()).isEmpty();
  }
}
