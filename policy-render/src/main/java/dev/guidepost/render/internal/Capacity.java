package dev.guidepost.render.internal;

import dev.guidepost.render.document.Block;
import dev.guidepost.render.document.Chapter;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.document.DocumentVisitor;
import dev.guidepost.render.document.Field;
import dev.guidepost.render.document.Section;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Guesses how long a rendered document will be, so that a renderer's buffer is allocated once
 * rather than doubled again and again: the length of every text plus a format's markup per text,
 * and a sixteenth more for escapes. It pays for itself in the benchmarks' allocation per render
 * (comparison 7 in {@code benchmarks/README.md}): rendering the realistic Danish document to a
 * {@code String} allocated 47 kB (Markdown) and 66 kB (HTML) with the guess, and 64 kB and 108 kB
 * with a buffer grown from the default size. Each renderer asks for it in its own {@code
 * render(Document)}; the document walk it uses is {@link Document#accept}.
 */
public final class Capacity {
  private Capacity() {}

  /** Writes a rendering into a buffer. */
  @FunctionalInterface
  public interface Rendering {
    /**
     * Writes into the buffer.
     *
     * @param out the buffer
     * @throws IOException never for a buffer, but the renderer's signature declares it
     */
    void writeTo(StringBuilder out) throws IOException;
  }

  /**
   * Returns the capacity to allocate.
   *
   * @param document the document
   * @param markupPerText how many characters the format adds around each text
   * @return the capacity
   */
  public static int of(Document document, int markupPerText) {
    Estimate estimate = new Estimate(markupPerText);
    document.accept(estimate);
    long length = estimate.length;
    return (int) Math.min(Integer.MAX_VALUE - 16, length + length / 16 + 64);
  }

  /**
   * Renders into a buffer of the given capacity.
   *
   * @param capacity the buffer's capacity
   * @param rendering what to write
   * @return what was written
   */
  public static String render(int capacity, Rendering rendering) {
    StringBuilder out = new StringBuilder(capacity);
    try {
      rendering.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder does not throw", e);
    }
    return out.toString();
  }

  /** Adds up the texts' lengths and the markup around them. */
  private static final class Estimate implements DocumentVisitor<RuntimeException> {
    private final int markupPerText;
    private long length;

    Estimate(int markupPerText) {
      this.markupPerText = markupPerText;
    }

    @Override
    public void header(Document document) {
      length += document.title().length() + markupPerText;
      for (Field field : document.metadata()) {
        length += field.label().length() + field.value().length() + 2L * markupPerText;
      }
    }

    @Override
    public void chapter(int number, Chapter chapter) {
      length += chapter.heading().length() + 2L * markupPerText;
    }

    @Override
    public void section(int chapterNumber, int number, Section section) {
      length += section.heading().length() + 2L * markupPerText;
    }

    @Override
    public void paragraph(Block.Paragraph paragraph) {
      length += paragraph.text().length() + markupPerText;
    }

    @Override
    public void bulletList(Block.BulletList list) {
      length += 2L * markupPerText;
      for (String item : list.items()) {
        length += item.length() + markupPerText;
      }
    }

    @Override
    public void note(Block.Note note) {
      length += note.text().length() + 3L * markupPerText;
    }

    @Override
    public void table(Block.Table table) {
      length += table.caption().length() + 4L * markupPerText;
      row(table.columns());
      table.rows().forEach(this::row);
    }

    /** A row of a table: its cells, each with markup around it, and markup around the row. */
    private void row(List<String> row) {
      length += 2L * markupPerText;
      for (String cell : row) {
        length += cell.length() + 2L * markupPerText;
      }
    }
  }
}
