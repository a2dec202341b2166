package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class RecordKeepingTest {
  @Test
  void the_area_is_record_keeping_with_its_options_in_order() {
    assertThat(RecordKeeping.ID).isEqualTo("record-keeping");
    assertThat(RecordKeeping.AREA.id()).isEqualTo("record-keeping");
    assertThat(RecordKeeping.AREA.options())
        .containsExactly(RecordKeeping.BUSINESS_POSTS_ARCHIVED, RecordKeeping.NOT_ADDRESSED);
    assertThat(RecordKeeping.AREA.options())
        .extracting(Option::id)
        .containsExactly("business-posts-archived", "not-addressed");
    assertThat(StandardCatalogue.catalogue().area("record-keeping"))
        .containsSame(RecordKeeping.AREA);
  }

  @Test
  void business_posts_archived_decides_business_posts_archived_with_no_values() {
    Decision decision = RecordKeeping.businessPostsArchived();
    assertThat(decision).isEqualTo(Decision.of(RecordKeeping.BUSINESS_POSTS_ARCHIVED));
    assertThat(decision.area()).isEqualTo("record-keeping");
    assertThat(decision.option().id()).isEqualTo("business-posts-archived");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_addressed_decides_not_addressed_with_no_values() {
    Decision decision = RecordKeeping.notAddressed();
    assertThat(decision).isEqualTo(Decision.of(RecordKeeping.NOT_ADDRESSED));
    assertThat(decision.area()).isEqualTo("record-keeping");
    assertThat(decision.option().id()).isEqualTo("not-addressed");
    assertThat(decision.values()).isEmpty();
  }
}
