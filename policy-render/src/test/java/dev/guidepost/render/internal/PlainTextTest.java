package dev.guidepost.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.jspecify.annotations.Nullable;
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

  @Test
  void a_text_that_is_already_on_one_line_is_returned_itself() {
    String text = "Think before you post.";

    assertThat(PlainText.flatten(text)).isSameAs(text);
  }

  @Test
  void letters_beyond_ascii_at_either_end_are_kept() {
    assertThat(PlainText.flatten("æble og grød på Ærø")).isEqualTo("æble og grød på Ærø");
    assertThat(PlainText.flatten("\u00a0Ångström\u2003")).isEqualTo("Ångström");
    assertThat(PlainText.words("Ærø\u2029østpå")).containsExactly("Ærø", "østpå");
  }

  @Test
  void an_escaper_of_ones_own_replaces_exactly_the_characters_it_names() throws IOException {
    PlainText.Escaper dollars =
        new PlainText.Escaper("$%") {
          @Override
          protected @Nullable String replace(String text, int index, int first) {
            return text.charAt(index) == '$' ? "USD" : null;
          }
        };
    StringBuilder out = new StringBuilder();

    PlainText.write(out, " $5 or 5 %,\n  5 € ", dollars);

    assertThat(out).hasToString("USD5 or 5 %, 5 €");
  }
}
