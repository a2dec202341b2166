package dev.guidepost.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Escaping escapes what CommonMark would read as markup, and leaves the rest readable. */
class MarkdownEscaperTest {
  @Test
  void inline_markup_is_escaped_anywhere() {
    assertThat(MarkdownEscaper.inline("a *b* [c] <d> & #e | ~f `g` _h_ \\"))
        .isEqualTo("a \\*b\\* \\[c\\] \\<d\\> \\& \\#e \\| \\~f \\`g\\` \\_h\\_ \\\\");
  }

  @Test
  void a_list_or_heading_marker_is_escaped_only_where_a_line_starts() {
    assertThat(MarkdownEscaper.lineStart("- item")).isEqualTo("\\- item");
    assertThat(MarkdownEscaper.lineStart("+ item")).isEqualTo("\\+ item");
    assertThat(MarkdownEscaper.lineStart("=== rule")).isEqualTo("\\=== rule");
    assertThat(MarkdownEscaper.inline("- not at a line start")).isEqualTo("- not at a line start");
    assertThat(MarkdownEscaper.lineStart("well-being, +1 and a=b"))
        .isEqualTo("well-being, +1 and a=b");
  }

  @Test
  void other_first_characters_are_left_alone() {
    assertThat(MarkdownEscaper.lineStart("Hello.")).isEqualTo("Hello.");
    assertThat(MarkdownEscaper.lineStart("(1) stays as written")).isEqualTo("(1) stays as written");
    assertThat(MarkdownEscaper.lineStart("/1. stays too")).isEqualTo("/1. stays too");
    assertThat(MarkdownEscaper.lineStart(".NET and Java")).isEqualTo(".NET and Java");
    assertThat(MarkdownEscaper.lineStart(") stays")).isEqualTo(") stays");
  }

  @Test
  void the_point_or_parenthesis_after_leading_digits_is_escaped() {
    assertThat(MarkdownEscaper.lineStart("0. zero")).isEqualTo("0\\. zero");
    assertThat(MarkdownEscaper.lineStart("9) nine")).isEqualTo("9\\) nine");
    assertThat(MarkdownEscaper.lineStart("2026. A year")).isEqualTo("2026\\. A year");
    assertThat(MarkdownEscaper.lineStart("30 minutes. Then stop."))
        .isEqualTo("30 minutes. Then stop.");
    assertThat(MarkdownEscaper.inline("1. inline")).isEqualTo("1. inline");
  }
}
