package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class OffTheClockTest {
  @Test
  void the_area_is_in_the_audiences_chapter_with_its_options_in_order() {
    assertThat(OffTheClock.ID).isEqualTo("off-the-clock");
    assertThat(OffTheClock.AREA.id()).isEqualTo("off-the-clock");
    assertThat(OffTheClock.AREA.options())
        .containsExactly(OffTheClock.PAID_TIME_ONLY, OffTheClock.NOT_ADDRESSED);
    assertThat(OffTheClock.AREA.options())
        .extracting(Option::id)
        .containsExactly("paid-time-only", "not-addressed");
    assertThat(StandardCatalogue.catalogue().area("off-the-clock")).containsSame(OffTheClock.AREA);
    assertThat(StandardCatalogue.catalogue().chapterOf("off-the-clock"))
        .map(chapter -> chapter.id())
        .contains("audiences");
  }

  @Test
  void paid_time_only_decides_paid_time_only_with_no_values() {
    Decision decision = OffTheClock.paidTimeOnly();
    assertThat(decision).isEqualTo(Decision.of(OffTheClock.PAID_TIME_ONLY));
    assertThat(decision.area()).isEqualTo("off-the-clock");
    assertThat(decision.option().id()).isEqualTo("paid-time-only");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_addressed_decides_not_addressed_with_no_values() {
    Decision decision = OffTheClock.notAddressed();
    assertThat(decision).isEqualTo(Decision.of(OffTheClock.NOT_ADDRESSED));
    assertThat(decision.area()).isEqualTo("off-the-clock");
    assertThat(decision.option().id()).isEqualTo("not-addressed");
    assertThat(decision.values()).isEmpty();
  }
}
