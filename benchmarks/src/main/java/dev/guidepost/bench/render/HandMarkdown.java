package dev.guidepost.bench.render;

import dev.guidepost.bench.render.Escape.Mode;
import dev.guidepost.render.document.Block;
import dev.guidepost.render.document.Chapter;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.document.Field;
import dev.guidepost.render.document.Section;
import java.util.List;

/**
 * The first reference for Markdown: a hand-written renderer that appends straight into one {@link
 * StringBuilder}, escaping as it goes, and gives the bytes Guidepost's Markdown renderer gives.
 */
public final class HandMarkdown {
  private final StringBuilder out;
  private char lastBullet;

  private HandMarkdown(StringBuilder out) {
    this.out = out;
  }

  /**
   * Renders a document.
   *
   * @param document the document
   * @return the Markdown
   */
  public static String render(Document document) {
    HandMarkdown md = new HandMarkdown(new StringBuilder(16 * 1024));
    md.document(document);
    return md.out.toString();
  }

  private void document(Document document) {
    out.append("# ");
    Escape.flat(out, document.title(), Mode.MARKDOWN, false);
    out.append('\n');
    if (!document.metadata().isEmpty()) {
      out.append('\n');
      for (Field field : document.metadata()) {
        out.append("- **");
        Escape.flat(out, field.label(), Mode.MARKDOWN, false);
        out.append(":** ");
        Escape.flat(out, field.value(), Mode.MARKDOWN, false);
        out.append('\n');
      }
      lastBullet = '-';
    }
    blocks(document.preamble());
    int chapterNumber = 0;
    for (Chapter chapter : document.chapters()) {
      chapterNumber++;
      out.append("\n## ").append(chapterNumber).append(". ");
      Escape.flat(out, chapter.heading(), Mode.MARKDOWN, false);
      out.append('\n');
      lastBullet = 0;
      int sectionNumber = 0;
      for (Section section : chapter.sections()) {
        sectionNumber++;
        out.append("\n### ").append(chapterNumber).append('.').append(sectionNumber).append(' ');
        Escape.flat(out, section.heading(), Mode.MARKDOWN, false);
        out.append('\n');
        lastBullet = 0;
        blocks(section.blocks());
      }
    }
    blocks(document.closing());
  }

  private void blocks(List<Block> blocks) {
    for (Block block : blocks) {
      out.append('\n');
      if (block instanceof Block.Paragraph paragraph) {
        Escape.flat(out, paragraph.text(), Mode.MARKDOWN, true);
        out.append('\n');
        lastBullet = 0;
      } else if (block instanceof Block.BulletList list) {
        char bullet = lastBullet == '-' ? '*' : '-';
        for (String item : list.items()) {
          out.append(bullet).append(' ');
          Escape.flat(out, item, Mode.MARKDOWN, true);
          out.append('\n');
        }
        lastBullet = bullet;
      } else if (block instanceof Block.Note note) {
        out.append("> ");
        Escape.flat(out, note.text(), Mode.MARKDOWN, true);
        out.append('\n');
        lastBullet = 0;
      }
    }
  }
}
