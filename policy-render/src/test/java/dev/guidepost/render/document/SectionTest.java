package dev.guidepost.render.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionTest {
  @Test
  void a_section_has_a_heading_and_at_least_one_block() {
    Block kind = new Block.Paragraph("Be kind.");

    assertThat(new Section("Tone", List.of(kind)).blocks()).containsExactly(kind);
    assertThatThrownBy(() -> new Section("Tone", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("section 'Tone' has no body");
    assertThatThrownBy(() -> new Section(" ", List.of(kind)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a section heading must not be blank");
  }
}
