package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.ParameterValue;
import org.junit.jupiter.api.Test;

class ReviewTest {
  @Test
  void the_area_is_review_with_its_options_in_order() {
    assertThat(Review.ID).isEqualTo("review");
    assertThat(Review.AREA.id()).isEqualTo("review");
    assertThat(Review.AREA.options())
        .containsExactly(
            Review.EVERY, Review.NONE, Review.CHECK_BACK, Review.CHANGED_WITHOUT_NOTICE);
    assertThat(Review.AREA.options())
        .extracting(Option::id)
        .containsExactly("every", "none", "check-back", "changed-without-notice");
    assertThat(StandardCatalogue.catalogue().area("review")).containsSame(Review.AREA);
  }

  @Test
  void none_decides_none_with_no_values() {
    Decision decision = Review.none();
    assertThat(decision).isEqualTo(Decision.of(Review.NONE));
    assertThat(decision.area()).isEqualTo("review");
    assertThat(decision.option().id()).isEqualTo("none");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void every_decides_every_with_the_months() {
    Decision decision = Review.every(12);
    assertThat(decision.option()).isEqualTo(Review.EVERY);
    assertThat(decision.values()).containsExactly(entry("months", ParameterValue.ofInteger(12)));
    assertThat(Review.MONTHS).isEqualTo("months");
  }

  @Test
  void every_accepts_months_out_of_range_because_that_is_a_finding() {
    assertThat(Review.every(0).value("months")).contains(ParameterValue.ofInteger(0));
    assertThat(Review.every(61).value("months")).contains(ParameterValue.ofInteger(61));
  }

  @Test
  void check_back_decides_check_back_with_no_values() {
    Decision decision = Review.checkBack();
    assertThat(decision).isEqualTo(Decision.of(Review.CHECK_BACK));
    assertThat(decision.area()).isEqualTo("review");
    assertThat(decision.option().id()).isEqualTo("check-back");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void changed_without_notice_decides_changed_without_notice_with_no_values() {
    Decision decision = Review.changedWithoutNotice();
    assertThat(decision).isEqualTo(Decision.of(Review.CHANGED_WITHOUT_NOTICE));
    assertThat(decision.area()).isEqualTo("review");
    assertThat(decision.option().id()).isEqualTo("changed-without-notice");
    assertThat(decision.values()).isEmpty();
  }
}
