package dev.guidepost.policy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Option;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChapterTest {
  private static final Area MONITORING = Area.of("monitoring", Option.of("monitoring", "none"));
  private static final Area REVIEW = Area.of("review", Option.of("review", "none"));

  @Test
  void of_keeps_the_areas_in_order() {
    Chapter chapter = Chapter.of("oversight", List.of(REVIEW, MONITORING));
    assertThat(chapter.id()).isEqualTo("oversight");
    assertThat(chapter.areas()).containsExactly(REVIEW, MONITORING);
  }

  @Test
  void a_chapter_may_have_no_area() {
    assertThat(Chapter.of("oversight", List.of()).areas()).isEmpty();
  }

  @Test
  void rejects_a_blank_chapter_id() {
    assertThatThrownBy(() -> Chapter.of(" ", List.of(REVIEW)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kebab-case")
        .hasMessageContaining("' '");
  }

  @Test
  void rejects_a_chapter_id_that_is_not_kebab_case() {
    for (String id : new String[] {"", "Oversight", "own_presence", "own--presence", "x-"}) {
      assertThatThrownBy(() -> Chapter.of(id, List.of(REVIEW)))
          .as(id)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + id + "'");
    }
  }

  @Test
  void the_builder_appends_areas() {
    Chapter chapter =
        Chapter.builder()
            .from(Chapter.of("oversight", List.of(MONITORING)))
            .addArea(REVIEW)
            .build();
    assertThat(chapter.areas()).containsExactly(MONITORING, REVIEW);
  }

  @Test
  void chapters_with_the_same_id_and_areas_are_equal() {
    assertThat(Chapter.of("oversight", List.of(MONITORING, REVIEW)))
        .isEqualTo(Chapter.of("oversight", List.of(MONITORING, REVIEW)))
        .hasSameHashCodeAs(Chapter.of("oversight", List.of(MONITORING, REVIEW)))
        .isNotEqualTo(Chapter.of("oversight", List.of(REVIEW, MONITORING)))
        .isNotEqualTo(Chapter.of("scope", List.of(MONITORING, REVIEW)));
  }
}
