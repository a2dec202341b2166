package dev.guidepost.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Language;
import dev.guidepost.render.Renderer;
import dev.guidepost.render.SampleDocuments;
import dev.guidepost.render.document.Block;
import dev.guidepost.render.document.Chapter;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.document.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRendererTest {
  private static final Renderer TEXT = TextRenderer.create();

  @Test
  void a_small_document_renders_exactly() {
    assertThat(TEXT.render(SampleDocuments.small()))
        .isEqualTo(
            """
            Social media policy
            ===================

            Organisation: Acme A/S
            Version: 1.2

            This policy applies to everyone at Acme.

            1. Working hours
            ----------------

            1.1 Time on social media

            Keep it short.

            - Up to 30 minutes a day.
            - Not in meetings.

            > Ask your manager if in doubt.

            2. Confidentiality
            ------------------

            2.1 Customers

            Never name them.

            2.2 Financials

            Never share them.

            Questions? Ask HR.
            """);
  }

  @Test
  void paragraphs_wrap_at_80_columns_and_lists_and_notes_hang() {
    String text =
        "Employees may say that they work at Acme and may share what Acme has published,"
            + " but they speak for themselves.";
    Document document =
        document(
            new Block.Paragraph(text), new Block.BulletList(List.of(text)), new Block.Note(text));

    assertThat(body(TEXT.render(document)))
        .isEqualTo(
            """
            Employees may say that they work at Acme and may share what Acme has published,
            but they speak for themselves.

            - Employees may say that they work at Acme and may share what Acme has
              published, but they speak for themselves.

            > Employees may say that they work at Acme and may share what Acme has
            > published, but they speak for themselves.
            """);
  }

  @Test
  void a_word_longer_than_a_line_stays_whole_on_a_line_of_its_own() {
    String output =
        TEXT.render(document(new Block.Paragraph("short " + SampleDocuments.LONG_WORD + " tail")));

    assertThat(body(output)).isEqualTo("short\n" + SampleDocuments.LONG_WORD + "\ntail\n");
  }

  @Test
  void chapters_and_sections_are_numbered_and_long_headings_hang_under_the_number() {
    String heading =
        "A heading long enough to run past the end of the line, so that it has to wrap";
    Document document =
        new Document(
            Language.ENGLISH,
            "Title",
            List.of(),
            List.of(),
            List.of(
                chapter("First"),
                new Chapter("Second", List.of(section("Only"), section(heading)))),
            List.of());

    assertThat(TEXT.render(document))
        .isEqualTo(
            """
            Title
            =====

            1. First
            --------

            1.1 Only

            Text.

            2. Second
            ---------

            2.1 Only

            Text.

            2.2 A heading long enough to run past the end of the line, so that it has to
                wrap

            Text.
            """);
  }

  @Test
  void line_breaks_and_control_characters_in_a_text_become_single_spaces() {
    Document document =
        document(new Block.Paragraph("one\ntwo\r\n\nthree\tfour\u0000five\u001b[31mred\u2028six"));

    assertThat(body(TEXT.render(document))).isEqualTo("one two three four five [31mred six\n");
  }

  @Test
  void non_ascii_letters_count_as_one_column_each() {
    String word = "æøåÆØÅ";
    String text = String.join(" ", java.util.Collections.nCopies(14, word));

    assertThat(body(TEXT.render(document(new Block.Paragraph(text)))))
        .isEqualTo(
            String.join(" ", java.util.Collections.nCopies(11, word))
                + "\n"
                + String.join(" ", java.util.Collections.nCopies(3, word))
                + "\n");
  }

  @Test
  void a_title_is_underlined_as_long_as_its_longest_line() {
    Document document =
        new Document(
            Language.DANISH, "Politik for æøå", List.of(), List.of(), List.of(), List.of());

    assertThat(TEXT.render(document)).isEqualTo("Politik for æøå\n===============\n");
  }

  @Test
  void a_table_has_its_caption_underlined_and_its_last_column_wrapped_beside_the_others() {
    assertThat(body(TEXT.render(document(SampleDocuments.historyTable()))))
        .isEqualTo(
            """
            Change history
            ~~~~~~~~~~~~~~

            Version  Effective from  What changed
            -------------------------------------
            1.0.0    1 January 2027  First version.
            2.0.0    1 March 2027    We now read <b>public</b> posts | that *mention* us,
                                     and we tell you six weeks before.
            """);
  }

  @Test
  void a_table_cell_is_kept_on_one_line_and_the_header_rule_is_as_long_as_the_longest_line() {
    Block.Table table =
        new Block.Table(
            "T", List.of("A", "B"), List.of(List.of("one\ntwo", "x"), List.of("æøå", "y")));

    assertThat(body(TEXT.render(document(table))))
        .isEqualTo("T\n~\n\nA        B\n----------\none two  x\næøå      y\n");
  }

  private static Document document(Block... blocks) {
    return new Document(
        Language.ENGLISH, "Title", List.of(), List.of(blocks), List.of(), List.of());
  }

  private static Chapter chapter(String heading) {
    return new Chapter(heading, List.of(section("Only")));
  }

  private static Section section(String heading) {
    return new Section(heading, List.of(new Block.Paragraph("Text.")));
  }

  /** The output after the title and its underline. */
  private static String body(String output) {
    return output.substring("Title\n=====\n\n".length());
  }
}
