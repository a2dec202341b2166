package dev.guidepost.render.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChapterTest {
  private static Section tone() {
    return new Section("Tone", List.of(new Block.Paragraph("Be kind.")));
  }

  @Test
  void a_chapter_has_a_heading_and_at_least_one_section() {
    assertThat(new Chapter("Your own use", List.of(tone())).sections()).containsExactly(tone());
    assertThatThrownBy(() -> new Chapter("Your own use", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chapter 'Your own use' has no section");
    assertThatThrownBy(() -> new Chapter("", List.of(tone())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a chapter heading must not be blank");
  }
}
