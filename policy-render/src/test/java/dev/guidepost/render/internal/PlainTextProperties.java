package dev.guidepost.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PlainText} does in one pass what its documentation says in regular expressions, for texts
 * drawn from every kind of space, separator and control character there is.
 */
class PlainTextProperties {
  private static final String ALPHABET =
      "ab1 .-\t\n\r\u000b\f\u0000\u001f\u007f\u0085\u009f\u00a0\u1680\u2000\u2007\u200a\u200b"
          + "\u2028\u2029\u202f\u205f\u3000\ufeff\ud83d\ude00";

  private static String byRegex(String text) {
    return text.replaceAll("[\\s\\p{Cc}\\u2028\\u2029]+", " ")
        .replaceAll("^[\\s\\p{Z}\\p{Cc}]+|[\\s\\p{Z}\\p{Cc}]+$", "");
  }

  @Test
  void flatten_does_what_the_regular_expressions_say() {
    Random random = new Random(20261121L);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int j = 0; j < length; j++) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      assertThat(PlainText.flatten(text.toString()))
          .as("%s", text.toString().chars().mapToObj(Integer::toHexString).toList())
          .isEqualTo(byRegex(text.toString()));
    }
  }

  @Test
  void a_text_that_needs_no_change_is_not_copied() {
    String text = "Nothing to change here.";
    assertThat(PlainText.flatten(text)).isSameAs(text);
  }

  @Test
  void words_are_the_flat_text_between_spaces() {
    assertThat(PlainText.words("  one\t two\n\nthree ")).containsExactly("one", "two", "three");
    assertThat(PlainText.words(" \u00a0 ")).isEmpty();
  }
}
