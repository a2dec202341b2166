package dev.guidepost.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {
  @Test
  void flatten_puts_a_text_on_one_line_without_blank_ends() {
    assertThat(PlainText.flatten("  Be\tkind,\r\n\u2028 always. ")).isEqualTo("Be kind, always.");
    assertThat(PlainText.flatten("\u00a0No-break ends\u00a0")).isEqualTo("No-break ends");
  }

  @Test
  void words_are_the_flattened_text_split_at_spaces() {
    assertThat(PlainText.words(" Think\n before  you post "))
        .containsExactly("Think", "before", "you", "post");
    assertThat(PlainText.words("one")).containsExactly("one");
  }

  @Test
  void a_blank_text_has_no_words() {
    assertThat(PlainText.words("")).isEmpty();
    assertThat(PlainText.words(" \n\t ")).isEmpty();
  }
}
