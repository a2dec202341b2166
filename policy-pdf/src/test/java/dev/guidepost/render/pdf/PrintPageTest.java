package dev.guidepost.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Language;
import dev.guidepost.render.document.Block;
import dev.guidepost.render.document.Chapter;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.document.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrintPageTest {
  @Test
  void headings_get_ids_by_chapter_and_section_and_bookmarks_point_to_them() {
    Document document =
        new Document(
            Language.DANISH,
            "Politik & <regler>",
            List.of(),
            List.of(),
            List.of(
                new Chapter(
                    "Første",
                    List.of(
                        new Section("A", List.of(new Block.Paragraph("x"))),
                        new Section("B", List.of(new Block.Paragraph("y"))))),
                new Chapter("Anden", List.of(new Section("C", List.of(new Block.Note("z")))))),
            List.of());
    String page = PrintPage.of(document);
    assertThat(page)
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"da\" xml:lang=\"da\">")
        .contains("<title>Politik &amp; &lt;regler&gt;</title>")
        .contains("<meta name=\"subject\" content=\"Politik &amp; &lt;regler&gt;\"/>")
        .contains(
            """
            <bookmarks>
              <bookmark name="1. Første" href="#c1">
                <bookmark name="1.1 A" href="#c1-1"/>
                <bookmark name="1.2 B" href="#c1-2"/>
              </bookmark>
              <bookmark name="2. Anden" href="#c2">
                <bookmark name="2.1 C" href="#c2-1"/>
              </bookmark>
            </bookmarks>
            """)
        .containsPattern("<h2 id=\"c1\">1\\. Første</h2>")
        .containsPattern("<h3 id=\"c1-2\">1\\.2 B</h3>")
        .containsPattern("<h3 id=\"c2-1\">2\\.1 C</h3>")
        .endsWith("</body>\n</html>\n");
  }

  @Test
  void a_document_without_chapters_has_an_empty_outline() {
    Document document =
        new Document(Language.ENGLISH, "T", List.of(), List.of(), List.of(), List.of());
    assertThat(PrintPage.of(document)).contains("<bookmarks>\n</bookmarks>\n");
  }
}
