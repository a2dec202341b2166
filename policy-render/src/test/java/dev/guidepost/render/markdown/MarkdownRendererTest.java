package dev.guidepost.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Language;
import dev.guidepost.render.Renderer;
import dev.guidepost.render.SampleDocuments;
import dev.guidepost.render.document.Block;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.document.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
  private static final Renderer MARKDOWN = MarkdownRenderer.create();

  @Test
  void a_small_document_renders_exactly() {
    assertThat(MARKDOWN.render(SampleDocuments.small()))
        .isEqualTo(
            """
            # Social media policy

            - **Organisation:** Acme A/S
            - **Version:** 1.2

            This policy applies to everyone at Acme.

            ## 1. Working hours

            ### 1.1 Time on social media

            Keep it short.

            - Up to 30 minutes a day.
            - Not in meetings.

            > Ask your manager if in doubt.

            ## 2. Confidentiality

            ### 2.1 Customers

            Never name them.

            ### 2.2 Financials

            Never share them.

            Questions? Ask HR.
            """);
  }

  @Test
  void a_table_is_a_bold_caption_and_a_pipe_table_with_its_text_escaped() {
    assertThat(MARKDOWN.render(document(SampleDocuments.historyTable())))
        .endsWith(
            """
            **Change history**

            | Version | Effective from | What changed |
            | --- | --- | --- |
            | 1.0.0 | 1 January 2027 | First version. |
            | 2.0.0 | 1 March 2027 | We now read \\<b\\>public\\</b\\> posts \\| that \\*mention\\* us, \
            and we tell you six weeks before. |
            """);
  }

  @Test
  void markup_in_a_text_is_backslash_escaped() {
    Document document =
        document(
            new Block.Paragraph("# not a heading"),
            new Block.Paragraph("[link](http://x) and *bold*"),
            new Block.Paragraph("1. not a list"),
            new Block.Paragraph("<script>alert(1)</script>"),
            new Block.Paragraph("- not an item, nor + this"),
            new Block.Paragraph("Blåbær, \"quotes\" and 'apostrophes' (stay) as they are."),
            new Block.Paragraph("line one\nline two"));

    assertThat(MARKDOWN.render(document))
        .isEqualTo(
            """
            # Title

            \\# not a heading

            \\[link\\](http://x) and \\*bold\\*

            1\\. not a list

            \\<script\\>alert(1)\\</script\\>

            \\- not an item, nor + this

            Blåbær, "quotes" and 'apostrophes' (stay) as they are.

            line one line two
            """);
  }

  @Test
  void headings_escape_markup_but_not_a_leading_number() {
    Document document =
        new Document(
            Language.DANISH,
            "Politik for *sociale* medier #1",
            List.of(new Field("Ejer_skab", "1. HR & jura")),
            List.of(),
            List.of(),
            List.of());

    assertThat(MARKDOWN.render(document))
        .isEqualTo(
            "# Politik for \\*sociale\\* medier \\#1\n\n- **Ejer\\_skab:** 1. HR \\& jura\n");
  }

  @Test
  void two_lists_in_a_row_use_different_bullets_and_stay_two_lists() {
    Document document =
        document(
            new Block.BulletList(List.of("a", "b")),
            new Block.BulletList(List.of("c")),
            new Block.BulletList(List.of("d")),
            new Block.Paragraph("p"),
            new Block.BulletList(List.of("e")));

    assertThat(MARKDOWN.render(document))
        .isEqualTo("# Title\n\n- a\n- b\n\n* c\n\n- d\n\np\n\n- e\n");
    assertThat(MarkdownOutline.of(MARKDOWN.render(document)))
        .containsExactly(
            "h1 Title", "list", "- a", "- b", "list", "- c", "list", "- d", "p p", "list", "- e");
  }

  @Test
  void a_hostile_document_reads_back_with_its_structure_intact() {
    List<String> outline = MarkdownOutline.of(MARKDOWN.render(SampleDocuments.hostile()));
    int texts = SampleDocuments.HOSTILE_TEXTS.size();

    assertThat(outline).filteredOn(line -> line.startsWith("h2 ")).hasSize(texts);
    assertThat(outline).filteredOn(line -> line.startsWith("h3 ")).hasSize(texts);
    assertThat(outline).filteredOn(line -> line.equals("quote")).hasSize(2 * texts);
    assertThat(outline).filteredOn(line -> line.equals("list")).hasSize(1 + texts);
    assertThat(outline).noneMatch(line -> line.replace("{Strong:", "").contains("{"));
    assertThat(outline.get(0))
        .isEqualTo("h1 Politik <script>alert(1)</script> for *sociale* medier");
  }

  private static Document document(Block... blocks) {
    return new Document(
        Language.ENGLISH, "Title", List.of(), List.of(blocks), List.of(), List.of());
  }
}
