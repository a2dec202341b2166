package dev.guidepost.render.text;

import dev.guidepost.render.Renderer;
import dev.guidepost.render.document.Block;
import dev.guidepost.render.document.Chapter;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.document.DocumentVisitor;
import dev.guidepost.render.document.Field;
import dev.guidepost.render.document.Section;
import dev.guidepost.render.internal.Capacity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders a document as plain text, wrapped at 80 columns.
 *
 * <p>The title is underlined with {@code '='}; chapters are numbered {@code "1. "} and underlined
 * with {@code '-'}; sections are numbered {@code "1.1 "}. The metadata block is one {@code "Label:
 * value"} line per field, list items start with {@code "- "} and notes with {@code "> "}, and
 * continuation lines are indented to match. Blocks are separated by one blank line, lines end with
 * {@code '\n'} and the text ends with exactly one.
 *
 * <p>Words are wrapped at spaces; a word longer than a line stays whole on a line of its own.
 * Widths are counted in code points. Any run of whitespace or control characters in a text is
 * written as one space, so no text can start a line of its own and pass for a heading, an underline
 * or a list item. Immutable, thread-safe and deterministic; obtain it from {@link #create()}.
 *
 * <pre>{@code
 * 1. Working hours
 * ----------------
 *
 * 1.1 Time on social media
 *
 * - Employees may use social media for up to 30 minutes a day.
 * }</pre>
 */
public final class TextRenderer implements Renderer {
  private static final TextRenderer INSTANCE = new TextRenderer();

  private TextRenderer() {}

  /**
   * Returns the plain text renderer.
   *
   * @return the renderer, a shared instance
   */
  public static TextRenderer create() {
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
    return Capacity.render(Capacity.of(document, 16), out -> render(document, out));
  }

  /** Writes each part of the document as a block of wrapped lines. */
  private static final class Writing implements DocumentVisitor<IOException> {
    private final Output output;

    Writing(Output output) {
      this.output = output;
    }

    @Override
    public void header(Document document) throws IOException {
      output.block(Lines.underline(Lines.wrap(document.title(), "", ""), '='));
      if (!document.metadata().isEmpty()) {
        List<String> lines = new ArrayList<>();
        for (Field field : document.metadata()) {
          lines.addAll(Lines.wrap(field.label() + ": " + field.value(), "", "  "));
        }
        output.block(lines);
      }
    }

    @Override
    public void chapter(int number, Chapter chapter) throws IOException {
      output.block(Lines.underline(numbered(number + ". ", chapter.heading()), '-'));
    }

    @Override
    public void section(int chapterNumber, int number, Section section) throws IOException {
      output.block(numbered(chapterNumber + "." + number + " ", section.heading()));
    }

    private static List<String> numbered(String number, String heading) {
      return Lines.wrap(heading, number, " ".repeat(number.length()));
    }

    @Override
    public void paragraph(Block.Paragraph paragraph) throws IOException {
      output.block(Lines.wrap(paragraph.text(), "", ""));
    }

    @Override
    public void bulletList(Block.BulletList list) throws IOException {
      List<String> lines = new ArrayList<>();
      for (String item : list.items()) {
        lines.addAll(Lines.wrap(item, "- ", "  "));
      }
      output.block(lines);
    }

    @Override
    public void note(Block.Note note) throws IOException {
      output.block(Lines.wrap(note.text(), "> ", "> "));
    }

    @Override
    public void table(Block.Table table) throws IOException {
      output.block(Lines.underline(Lines.wrap(table.caption(), "", ""), '~'));
      output.block(Lines.table(table.columns(), table.rows()));
    }
  }

  /** Writes blocks of lines, a blank line between two blocks. */
  private static final class Output {
    private final Appendable out;
    private boolean first = true;

    Output(Appendable out) {
      this.out = out;
    }

    void block(List<String> lines) throws IOException {
      if (!first) {
        out.append('\n');
      }
      first = false;
      for (String line : lines) {
        out.append(line).append('\n');
      }
    }
  }
}
