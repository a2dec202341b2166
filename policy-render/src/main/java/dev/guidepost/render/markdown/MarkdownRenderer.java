package dev.guidepost.render.markdown;

import dev.guidepost.render.Renderer;
import dev.guidepost.render.document.Block;
import dev.guidepost.render.document.Chapter;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.document.DocumentVisitor;
import dev.guidepost.render.document.Field;
import dev.guidepost.render.document.Section;
import dev.guidepost.render.internal.Capacity;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Renders a document as CommonMark.
 *
 * <p>The title is a level 1 heading, chapters are level 2 headings numbered {@code "1. "}, sections
 * level 3 headings numbered {@code "1.1 "}. The metadata block is a bulleted list of {@code
 * "**Label:** value"} items, notes are block quotes, and each paragraph, list item and quote is one
 * line. Blocks are separated by one blank line, lines end with {@code '\n'} and the text ends with
 * exactly one. Two lists in a row use different bullets ({@code -} then {@code *}), so they stay
 * two lists.
 *
 * <p>Every text is escaped so that a CommonMark reader shows exactly that text: characters that
 * would start emphasis, links, code, entities or raw HTML are backslash-escaped, and so are markers
 * that would start a list or a heading at the start of a line. A run of whitespace or control
 * characters becomes one space, so no text can start a block of its own. Immutable, thread-safe and
 * deterministic; obtain it from {@link #create()}.
 *
 * <pre>{@code
 * ## 1. Working hours
 *
 * ### 1.1 Time on social media
 *
 * Employees may use social media for up to 30 minutes a day.
 * }</pre>
 */
public final class MarkdownRenderer implements Renderer {
  private static final MarkdownRenderer INSTANCE = new MarkdownRenderer();

  private MarkdownRenderer() {}

  /**
   * Returns the Markdown renderer.
   *
   * @return the renderer, a shared instance
   */
  public static MarkdownRenderer create() {
    return INSTANCE;
  }

  @Override
  public void render(Document document, Appendable out) throws IOException {
    Objects.requireNonNull(document, "document");
    document.accept(new Writing(new Output(Objects.requireNonNull(out, "out"))));
  }

  /**
   * Returns the document as a string, rendered into a buffer sized from the document's texts.
   *
   * @param document the document
   * @return the rendered document
   */
  @Override
  public String render(Document document) {
    return Capacity.render(Capacity.of(document, 6), out -> render(document, out));
  }

  /** Writes each part of the document as a block of its own. */
  private static final class Writing implements DocumentVisitor<IOException> {
    private final Output output;
    private final Appendable out;

    Writing(Output output) {
      this.output = output;
      this.out = output.out;
    }

    @Override
    public void header(Document document) throws IOException {
      output.block().append("# ");
      MarkdownEscaper.inline(out, document.title());
      out.append('\n');
      if (!document.metadata().isEmpty()) {
        char bullet = output.list();
        for (Field field : document.metadata()) {
          out.append(bullet).append(" **");
          MarkdownEscaper.inline(out, field.label());
          out.append(":** ");
          MarkdownEscaper.inline(out, field.value());
          out.append('\n');
        }
      }
    }

    @Override
    public void chapter(int number, Chapter chapter) throws IOException {
      output.block().append("## ").append(Integer.toString(number)).append(". ");
      MarkdownEscaper.inline(out, chapter.heading());
      out.append('\n');
    }

    @Override
    public void section(int chapterNumber, int number, Section section) throws IOException {
      output
          .block()
          .append("### ")
          .append(Integer.toString(chapterNumber))
          .append('.')
          .append(Integer.toString(number))
          .append(' ');
      MarkdownEscaper.inline(out, section.heading());
      out.append('\n');
    }

    @Override
    public void paragraph(Block.Paragraph paragraph) throws IOException {
      output.block();
      MarkdownEscaper.lineStart(out, paragraph.text());
      out.append('\n');
    }

    @Override
    public void bulletList(Block.BulletList list) throws IOException {
      char bullet = output.list();
      for (String item : list.items()) {
        out.append(bullet).append(' ');
        MarkdownEscaper.lineStart(out, item);
        out.append('\n');
      }
    }

    @Override
    public void note(Block.Note note) throws IOException {
      output.block().append("> ");
      MarkdownEscaper.lineStart(out, note.text());
      out.append('\n');
    }

    /**
     * Writes the caption in bold, then a pipe table; each cell is on one line with its pipes
     * escaped, so no text breaks the table.
     */
    @Override
    public void table(Block.Table table) throws IOException {
      output.block().append("**");
      MarkdownEscaper.inline(out, table.caption());
      out.append("**\n");
      output.block();
      row(table.columns());
      out.append('|');
      for (int i = 0; i < table.columns().size(); i++) {
        out.append(" --- |");
      }
      out.append('\n');
      for (List<String> cells : table.rows()) {
        row(cells);
      }
    }

    private void row(List<String> cells) throws IOException {
      out.append('|');
      for (String cell : cells) {
        out.append(' ');
        MarkdownEscaper.inline(out, cell);
        out.append(" |");
      }
      out.append('\n');
    }
  }

  /** Separates blocks by a blank line and alternates the bullets of adjacent lists. */
  private static final class Output {
    private final Appendable out;
    private boolean first = true;
    private char lastBullet;

    Output(Appendable out) {
      this.out = out;
    }

    /** Starts a block that is not a list; returns where to write it. */
    Appendable block() throws IOException {
      separate();
      lastBullet = 0;
      return out;
    }

    /** Starts a list; returns its bullet. */
    char list() throws IOException {
      separate();
      lastBullet = lastBullet == '-' ? '*' : '-';
      return lastBullet;
    }

    private void separate() throws IOException {
      if (!first) {
        out.append('\n');
      }
      first = false;
    }
  }
}
