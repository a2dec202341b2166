package dev.guidepost.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Language;
import dev.guidepost.render.Renderer;
import dev.guidepost.render.SampleDocuments;
import dev.guidepost.render.document.Block;
import dev.guidepost.render.document.Chapter;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.document.Field;
import dev.guidepost.render.document.Section;
import dev.guidepost.render.html.HtmlRenderer;
import dev.guidepost.render.markdown.MarkdownRenderer;
import dev.guidepost.render.text.TextRenderer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The guess of a rendering's length counts every text of the document once, with the format's
 * markup around it, and adds a sixteenth and 64 characters, so that the renderers' buffers are
 * allocated once.
 */
class CapacityTest {
  /** A document with one of every part, each text of a length of its own. */
  private static final Document EVERY_PART =
      new Document(
          Language.ENGLISH,
          "T".repeat(10),
          List.of(new Field("L".repeat(3), "V".repeat(5))),
          List.of(new Block.Paragraph("P".repeat(40))),
          List.of(
              new Chapter(
                  "C".repeat(7),
                  List.of(
                      new Section(
                          "S".repeat(11),
                          List.of(
                              new Block.BulletList(List.of("I".repeat(13), "J".repeat(17))),
                              new Block.Note("N".repeat(19))))))),
          List.of(
              new Block.Paragraph("Q".repeat(23)),
              new Block.Table(
                  "A".repeat(2), List.of("H".repeat(4)), List.of(List.of("R".repeat(6))))));

  @Test
  void without_markup_the_guess_is_the_texts_length_and_a_sixteenth_more_and_64() {
    long texts = 10 + 3 + 5 + 40 + 7 + 11 + 13 + 17 + 19 + 23 + 2 + 4 + 6;

    assertThat(Capacity.of(EVERY_PART, 0)).isEqualTo(texts + texts / 16 + 64);
  }

  @Test
  void each_part_adds_the_markup_a_format_writes_around_its_texts() {
    // title 1, field 2 (label and value), paragraphs 1 each, chapter and section headings 2 each,
    // the list 2 and each item 1, the note 3, the table's caption 4 and each row 2 and cell 2
    long texts = 10 + 3 + 5 + 40 + 7 + 11 + 13 + 17 + 19 + 23 + 2 + 4 + 6;
    long markup = 1 + 2 + 1 + 2 + 2 + 2 + 1 + 1 + 3 + 1 + 4 + (2 + 2) + (2 + 2);

    for (int perText : List.of(1, 6, 24)) {
      long length = texts + markup * perText;
      assertThat(Capacity.of(EVERY_PART, perText))
          .as("%d characters of markup per text", perText)
          .isEqualTo(length + length / 16 + 64);
    }
  }

  @Test
  void the_guess_holds_each_format_rendering_of_the_sample_documents() {
    Map<Renderer, Integer> markup =
        Map.of(
            TextRenderer.create(), 16, MarkdownRenderer.create(), 6, HtmlRenderer.fragment(), 24);
    for (Document document :
        List.of(
            SampleDocuments.small(),
            SampleDocuments.hostile(),
            EVERY_PART,
            new Document(
                Language.ENGLISH,
                "T",
                List.of(),
                List.of(),
                List.of(),
                List.of(SampleDocuments.historyTable())))) {
      markup.forEach(
          (renderer, perText) ->
              assertThat(Capacity.of(document, perText))
                  .as("%s of %s", renderer, document.title())
                  .isGreaterThanOrEqualTo(renderer.render(document).length()));
    }
  }

  @Test
  void render_returns_what_the_rendering_wrote() {
    assertThat(Capacity.render(1, out -> out.append("Be kind.").append('\n')))
        .isEqualTo("Be kind.\n");
  }
}
