package dev.guidepost.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.render.SampleDocuments;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LinesProperties {
  private static final List<List<String>> PREFIXES =
      List.of(List.of("", ""), List.of("- ", "  "), List.of("> ", "> "), List.of("1.1 ", "    "));

  private static List<String> texts() {
    List<String> texts = new ArrayList<>(SampleDocuments.HOSTILE_TEXTS);
    Random random = new Random(42);
    for (int i = 0; i < 500; i++) {
      StringBuilder text = new StringBuilder();
      int words = 1 + random.nextInt(40);
      for (int w = 0; w < words; w++) {
        text.append(random.nextInt(20) == 0 ? "y".repeat(70 + random.nextInt(20)) : "");
        text.append(SampleDocuments.randomText(random));
        text.append(random.nextInt(5) == 0 ? "\n" : " ");
      }
      texts.add(text.toString());
    }
    return texts;
  }

  @Test
  void every_line_fits_in_80_columns_or_holds_one_word() {
    for (String text : texts()) {
      for (List<String> prefix : PREFIXES) {
        for (String line : Lines.wrap(text, prefix.get(0), prefix.get(1))) {
          String content = line.substring(prefix.get(0).length());
          assertThat(line.codePointCount(0, line.length()) <= 80 || words(content).size() == 1)
              .as("%s wrapped from %s", line, text)
              .isTrue();
          assertThat(line).doesNotContain("\n").doesNotEndWith(" ");
        }
      }
    }
  }

  @Test
  void wrapping_keeps_every_word_in_order_and_starts_lines_with_the_prefixes() {
    for (String text : texts()) {
      for (List<String> prefix : PREFIXES) {
        List<String> lines = Lines.wrap(text, prefix.get(0), prefix.get(1));
        List<String> words = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
          String start = prefix.get(i == 0 ? 0 : 1);
          assertThat(lines.get(i)).startsWith(start);
          words.addAll(words(lines.get(i).substring(start.length())));
        }
        String stripped = text.replaceAll("^[\\s\\p{Z}\\p{Cc}]+|[\\s\\p{Z}\\p{Cc}]+$", "");
        assertThat(words).as("words of %s", text).isEqualTo(words(stripped));
      }
    }
  }

  @Test
  void a_line_is_not_broken_where_the_next_word_would_still_fit() {
    for (String text : texts()) {
      List<String> lines = Lines.wrap(text, "", "");
      for (int i = 0; i + 1 < lines.size(); i++) {
        String next = words(lines.get(i + 1)).get(0);
        int width = lines.get(i).codePointCount(0, lines.get(i).length());
        assertThat(width + 1 + next.codePointCount(0, next.length())).isGreaterThan(80);
      }
    }
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.split("[\\s\\p{Cc}\\u2028\\u2029]+", -1))
        .filter(word -> !word.isEmpty())
        .toList();
  }
}
