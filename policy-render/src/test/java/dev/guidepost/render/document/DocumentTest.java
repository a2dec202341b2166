package dev.guidepost.render.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.model.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {
  @Test
  void a_document_has_a_language_and_a_title_and_may_be_otherwise_empty() {
    Document empty =
        new Document(Language.ENGLISH, "Guidelines", List.of(), List.of(), List.of(), List.of());

    assertThat(empty.metadata()).isEmpty();
    assertThat(empty.chapters()).isEmpty();
    assertThatThrownBy(
            () -> new Document(Language.ENGLISH, " ", List.of(), List.of(), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a title must not be blank");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void the_language_is_required() {
    assertThatNullPointerException()
        .isThrownBy(
            () -> new Document(null, "Guidelines", List.of(), List.of(), List.of(), List.of()))
        .withMessage("language");
  }

  @Test
  void the_parts_are_immutable_copies() {
    List<Block> preamble = new ArrayList<>(List.of(new Block.Paragraph("Welcome.")));
    Document document =
        new Document(Language.DANISH, "Retningslinjer", List.of(), preamble, List.of(), List.of());
    preamble.clear();

    assertThat(document.preamble()).hasSize(1);
    assertThatThrownBy(() -> document.preamble().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void the_walk_visits_every_part_in_reading_order_with_chapters_and_sections_numbered()
      throws Exception {
    Chapter scope =
        new Chapter(
            "Scope",
            List.of(
                new Section("Networks", List.of(new Block.BulletList(List.of("X", "Y")))),
                new Section("People", List.of(new Block.Note("Everyone.")))));
    Chapter conduct =
        new Chapter(
            "Conduct", List.of(new Section("Tone", List.of(new Block.Paragraph("Be kind.")))));
    Document document =
        new Document(
            Language.ENGLISH,
            "Guidelines",
            List.of(new Field("Version", "1.0")),
            List.of(new Block.Paragraph("Welcome.")),
            List.of(scope, conduct),
            List.of(
                new Block.Paragraph("Ask us."),
                new Block.Table(
                    "History", List.of("Version", "Note"), List.of(List.of("1", "A")))));
    List<String> events = new ArrayList<>();

    document.accept(new Recorder(events));

    assertThat(events)
        .containsExactly(
            "header Guidelines [Field[label=Version, value=1.0]]",
            "paragraph Welcome.",
            "chapter 1 Scope",
            "section 1.1 Networks",
            "list [X, Y]",
            "end section Networks",
            "section 1.2 People",
            "note Everyone.",
            "end section People",
            "end chapter Scope",
            "chapter 2 Conduct",
            "section 2.1 Tone",
            "paragraph Be kind.",
            "end section Tone",
            "end chapter Conduct",
            "closing 2",
            "paragraph Ask us.",
            "table History [Version, Note] [[1, A]]",
            "end Guidelines");
  }

  @Test
  void the_walk_stops_at_the_first_exception_of_the_visitor() {
    Document document =
        new Document(
            Language.ENGLISH,
            "Guidelines",
            List.of(),
            List.of(new Block.Paragraph("Welcome."), new Block.Paragraph("Read on.")),
            List.of(),
            List.of());
    List<String> events = new ArrayList<>();
    Exception failure = new Exception("full");

    assertThatThrownBy(
            () ->
                document.accept(
                    new Recorder(events) {
                      @Override
                      public void paragraph(Block.Paragraph paragraph) throws Exception {
                        super.paragraph(paragraph);
                        throw failure;
                      }
                    }))
        .isSameAs(failure);
    assertThat(events).containsExactly("header Guidelines []", "paragraph Welcome.");
  }

  @Test
  void a_visitor_of_only_the_required_parts_sees_no_ends() {
    Document document =
        new Document(
            Language.ENGLISH,
            "Guidelines",
            List.of(),
            List.of(),
            List.of(
                new Chapter(
                    "Scope", List.of(new Section("Networks", List.of(new Block.Note("All.")))))),
            List.of());
    StringBuilder outline = new StringBuilder();

    document.accept(
        new DocumentVisitor<RuntimeException>() {
          @Override
          public void header(Document document) {
            outline.append(document.title()).append('/');
          }

          @Override
          public void chapter(int number, Chapter chapter) {
            outline.append(number).append('/');
          }

          @Override
          public void section(int chapterNumber, int number, Section section) {
            outline.append(chapterNumber).append('.').append(number).append('/');
          }

          @Override
          public void paragraph(Block.Paragraph paragraph) {
            outline.append('p');
          }

          @Override
          public void bulletList(Block.BulletList list) {
            outline.append('l');
          }

          @Override
          public void note(Block.Note note) {
            outline.append('n');
          }

          @Override
          public void table(Block.Table table) {
            outline.append('t');
          }
        });

    assertThat(outline).hasToString("Guidelines/1/1.1/n");
  }

  /** Records each call of the walk as a line. */
  private static class Recorder implements DocumentVisitor<Exception> {
    private final List<String> events;

    Recorder(List<String> events) {
      this.events = events;
    }

    @Override
    public void header(Document document) throws Exception {
      events.add("header " + document.title() + " " + document.metadata());
    }

    @Override
    public void chapter(int number, Chapter chapter) throws Exception {
      events.add("chapter " + number + " " + chapter.heading());
    }

    @Override
    public void section(int chapterNumber, int number, Section section) throws Exception {
      events.add("section " + chapterNumber + "." + number + " " + section.heading());
    }

    @Override
    public void endSection(Section section) throws Exception {
      events.add("end section " + section.heading());
    }

    @Override
    public void endChapter(Chapter chapter) throws Exception {
      events.add("end chapter " + chapter.heading());
    }

    @Override
    public void closing(List<Block> blocks) throws Exception {
      events.add("closing " + blocks.size());
    }

    @Override
    public void end(Document document) throws Exception {
      events.add("end " + document.title());
    }

    @Override
    public void paragraph(Block.Paragraph paragraph) throws Exception {
      events.add("paragraph " + paragraph.text());
    }

    @Override
    public void bulletList(Block.BulletList list) throws Exception {
      events.add("list " + list.items());
    }

    @Override
    public void note(Block.Note note) throws Exception {
      events.add("note " + note.text());
    }

    @Override
    public void table(Block.Table table) throws Exception {
      events.add("table " + table.caption() + " " + table.columns() + " " + table.rows());
    }
  }
}
