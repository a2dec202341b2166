package dev.guidepost.render.internal;

import dev.guidepost.render.Renderer;
import dev.guidepost.render.document.Block;
import dev.guidepost.render.document.Chapter;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.document.Field;
import dev.guidepost.render.document.Section;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Guesses how long a rendered document will be, so that a renderer's buffer is allocated once
 * rather than doubled again and again: the length of every text plus a format's markup per text,
 * and a sixteenth more for escapes.
 */
public final class Capacity {
  private Capacity() {}

  /**
   * Returns the capacity to allocate.
   *
   * @param document the document
   * @param markupPerText how many characters the format adds around each text
   * @return the capacity
   */
  public static int of(Document document, int markupPerText) {
    long length = (long) document.title().length() + markupPerText;
    for (Field field : document.metadata()) {
      length += field.label().length() + field.value().length() + 2L * markupPerText;
    }
    length += blocks(document.preamble(), markupPerText);
    for (Chapter chapter : document.chapters()) {
      length += chapter.heading().length() + 2L * markupPerText;
      for (Section section : chapter.sections()) {
        length += section.heading().length() + 2L * markupPerText;
        length += blocks(section.blocks(), markupPerText);
      }
    }
    length += blocks(document.closing(), markupPerText);
    return (int) Math.min(Integer.MAX_VALUE - 16, length + length / 16 + 64);
  }

  /**
   * Renders a document into a buffer of the given capacity.
   *
   * @param renderer the renderer
   * @param document the document
   * @param capacity the buffer's capacity
   * @return the rendered document
   */
  public static String render(Renderer renderer, Document document, int capacity) {
    StringBuilder out = new StringBuilder(capacity);
    try {
      renderer.render(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder does not throw", e);
    }
    return out.toString();
  }

  private static long blocks(List<Block> blocks, int markupPerText) {
    long length = 0;
    for (Block block : blocks) {
      if (block instanceof Block.Paragraph paragraph) {
        length += paragraph.text().length() + markupPerText;
      } else if (block instanceof Block.Note note) {
        length += note.text().length() + 3L * markupPerText;
      } else if (block instanceof Block.BulletList list) {
        length += 2L * markupPerText;
        for (String item : list.items()) {
          length += item.length() + markupPerText;
        }
      }
    }
    return length;
  }
}
