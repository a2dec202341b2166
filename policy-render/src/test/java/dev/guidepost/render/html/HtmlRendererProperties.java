package dev.guidepost.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.render.SampleDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlRendererProperties {
  private static List<String> texts() {
    List<String> texts = new ArrayList<>(SampleDocuments.HOSTILE_TEXTS);
    Random random = new Random(11);
    for (int i = 0; i < 2000; i++) {
      texts.add(SampleDocuments.randomText(random));
    }
    return texts;
  }

  @Test
  void every_text_reads_back_unchanged_and_opens_no_tag() {
    for (String text : texts()) {
      String html = HtmlRenderer.fragment().render(SampleDocuments.everywhere(text));
      String expected =
          text.replaceAll("[\\s\\p{Cc}\\u2028\\u2029]+", " ")
              .replaceAll("^[\\s\\p{Z}\\p{Cc}]+|[\\s\\p{Z}\\p{Cc}]+$", "");

      List<String> paragraphs =
          html.lines().map(String::strip).filter(line -> line.startsWith("<p>")).toList();
      assertThat(paragraphs).hasSize(5);
      for (String paragraph : paragraphs) {
        String escaped = paragraph.substring("<p>".length(), paragraph.length() - "</p>".length());
        assertThat(escaped)
            .doesNotContain("<", ">", "\"", "'")
            .doesNotContainPattern("&(?!(amp|lt|gt|quot|#39);)");
        assertThat(unescape(escaped)).as(html).isEqualTo(expected);
      }
      assertThat(html.lines().filter(line -> line.contains("<")).count())
          .as("one element per line, none smuggled in")
          .isEqualTo(html.lines().count());
    }
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
