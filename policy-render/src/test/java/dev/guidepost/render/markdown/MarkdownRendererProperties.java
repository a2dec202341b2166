package dev.guidepost.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.render.SampleDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

class MarkdownRendererProperties {
  private static List<String> texts() {
    List<String> texts = new ArrayList<>(SampleDocuments.HOSTILE_TEXTS);
    Random random = new Random(7);
    for (int i = 0; i < 2000; i++) {
      texts.add(SampleDocuments.randomText(random));
    }
    return texts;
  }

  /** The outline a reader must see for {@link SampleDocuments#everywhere}. */
  static List<String> expectedOutline(String text) {
    String t =
        text.replaceAll("[\\s\\p{Cc}\\u2028\\u2029]+", " ")
            .replaceAll("^[\\s\\p{Z}\\p{Cc}]+|[\\s\\p{Z}\\p{Cc}]+$", "");
    return List.of(
        "h1 " + t,
        "list",
        "- {Strong:" + t + ":} " + t,
        "p " + t,
        "h2 1. " + t,
        "h3 1.1 " + t,
        "p " + t,
        "list",
        "- " + t,
        "- " + t,
        "list",
        "- " + t,
        "quote",
        "> " + t,
        "quote",
        "> " + t,
        "p " + t);
  }

  @Test
  void every_text_reads_back_unchanged_in_every_place() {
    for (String text : texts()) {
      String markdown = MarkdownRenderer.create().render(SampleDocuments.everywhere(text));

      assertThat(MarkdownOutline.of(markdown))
          .as("%s rendered as%n%s", text, markdown)
          .isEqualTo(expectedOutline(text));
    }
  }

  @Test
  void no_text_becomes_html() {
    org.commonmark.renderer.html.HtmlRenderer html =
        org.commonmark.renderer.html.HtmlRenderer.builder().build();
    for (String text : texts()) {
      String markdown = MarkdownRenderer.create().render(SampleDocuments.everywhere(text));
      String page = html.render(Parser.builder().build().parse(markdown));

      assertThat(page).as(markdown).doesNotContain("<script", "<b>", "<http");
      assertThat(MarkdownOutline.of(markdown)).noneMatch(line -> line.contains("Html"));
    }
  }
}
