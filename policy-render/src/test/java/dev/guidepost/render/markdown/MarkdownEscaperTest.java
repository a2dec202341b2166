package dev.guidepost.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Escaping escapes what CommonMark would read as markup, and leaves the rest readable. */
class MarkdownEscaperTest {
  @Test
  void inline_markup_is_escaped_anywhere() throws IOException {
    assertThat(inline("a *b* [c] <d> & #e | ~f `g` _h_ \\"))
        .isEqualTo("a \\*b\\* \\[c\\] \\<d\\> \\& \\#e \\| \\~f \\`g\\` \\_h\\_ \\\\");
  }

  @Test
  void a_list_or_heading_marker_is_escaped_only_where_a_line_starts() throws IOException {
    assertThat(lineStart("- item")).isEqualTo("\\- item");
    assertThat(lineStart("+ item")).isEqualTo("\\+ item");
    assertThat(lineStart("=== rule")).isEqualTo("\\=== rule");
    assertThat(inline("- not at a line start")).isEqualTo("- not at a line start");
    assertThat(lineStart("well-being, +1 and a=b")).isEqualTo("well-being, +1 and a=b");
  }

  @Test
  void other_first_characters_are_left_alone() throws IOException {
    assertThat(lineStart("Hello.")).isEqualTo("Hello.");
    assertThat(lineStart("(1) stays as written")).isEqualTo("(1) stays as written");
    assertThat(lineStart("/1. stays too")).isEqualTo("/1. stays too");
    assertThat(lineStart(".NET and Java")).isEqualTo(".NET and Java");
    assertThat(lineStart(") stays")).isEqualTo(") stays");
  }

  @Test
  void the_point_or_parenthesis_after_leading_digits_is_escaped() throws IOException {
    assertThat(lineStart("0. zero")).isEqualTo("0\\. zero");
    assertThat(lineStart("9) nine")).isEqualTo("9\\) nine");
    assertThat(lineStart("2026. A year")).isEqualTo("2026\\. A year");
    assertThat(lineStart("30 minutes. Then stop.")).isEqualTo("30 minutes. Then stop.");
    assertThat(inline("1. inline")).isEqualTo("1. inline");
  }

  @Test
  void a_dash_plus_or_equals_after_leading_digits_is_left_alone() throws IOException {
    assertThat(lineStart("2026-12-04 is the date")).isEqualTo("2026-12-04 is the date");
    assertThat(lineStart("1+1=2")).isEqualTo("1+1=2");
  }

  private static String inline(String text) throws IOException {
    StringBuilder out = new StringBuilder();
    MarkdownEscaper.inline(out, text);
    return out.toString();
  }

  private static String lineStart(String text) throws IOException {
    StringBuilder out = new StringBuilder();
    MarkdownEscaper.lineStart(out, text);
    return out.toString();
  }
}
