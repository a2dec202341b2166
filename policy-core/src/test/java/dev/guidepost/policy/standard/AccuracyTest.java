package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class AccuracyTest {
  @Test
  void the_area_is_accuracy_with_its_options_in_order() {
    assertThat(Accuracy.ID).isEqualTo("accuracy");
    assertThat(Accuracy.AREA.id()).isEqualTo("accuracy");
    assertThat(Accuracy.AREA.options())
        .containsExactly(
            Accuracy.NO_FALSE_STATEMENTS, Accuracy.TRUE_AND_NOT_MISLEADING, Accuracy.NOT_ADDRESSED);
    assertThat(Accuracy.AREA.options())
        .extracting(Option::id)
        .containsExactly("no-false-statements", "true-and-not-misleading", "not-addressed");
    assertThat(StandardCatalogue.catalogue().area("accuracy")).containsSame(Accuracy.AREA);
    assertThat(StandardCatalogue.catalogue().chapterOf("accuracy"))
        .map(chapter -> chapter.id())
        .contains("conduct");
  }

  @Test
  void no_false_statements_decides_no_false_statements_with_no_values() {
    Decision decision = Accuracy.noFalseStatements();
    assertThat(decision).isEqualTo(Decision.of(Accuracy.NO_FALSE_STATEMENTS));
    assertThat(decision.area()).isEqualTo("accuracy");
    assertThat(decision.option().id()).isEqualTo("no-false-statements");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void true_and_not_misleading_decides_true_and_not_misleading_with_no_values() {
    Decision decision = Accuracy.trueAndNotMisleading();
    assertThat(decision).isEqualTo(Decision.of(Accuracy.TRUE_AND_NOT_MISLEADING));
    assertThat(decision.area()).isEqualTo("accuracy");
    assertThat(decision.option().id()).isEqualTo("true-and-not-misleading");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_addressed_decides_not_addressed_with_no_values() {
    Decision decision = Accuracy.notAddressed();
    assertThat(decision).isEqualTo(Decision.of(Accuracy.NOT_ADDRESSED));
    assertThat(decision.area()).isEqualTo("accuracy");
    assertThat(decision.option().id()).isEqualTo("not-addressed");
    assertThat(decision.values()).isEmpty();
  }
}
