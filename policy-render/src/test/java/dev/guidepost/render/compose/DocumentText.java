package dev.guidepost.render.compose;

import dev.guidepost.render.document.Block;
import dev.guidepost.render.document.Chapter;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.document.Field;
import dev.guidepost.render.document.Section;
import java.util.ArrayList;
import java.util.List;

/** Every text of a document, in order, for assertions. */
final class DocumentText {
  private DocumentText() {}

  static List<String> lines(Document document) {
    List<String> lines = new ArrayList<>();
    lines.add(document.title());
    for (Field field : document.metadata()) {
      lines.add(field.label());
      lines.add(field.value());
    }
    document.preamble().forEach(block -> add(lines, block));
    for (Chapter chapter : document.chapters()) {
      lines.add(chapter.heading());
      for (Section section : chapter.sections()) {
        lines.add(section.heading());
        section.blocks().forEach(block -> add(lines, block));
      }
    }
    document.closing().forEach(block -> add(lines, block));
    return lines;
  }

  static String of(Document document) {
    return String.join("\n", lines(document));
  }

  static List<String> paragraphs(Section section) {
    List<String> texts = new ArrayList<>();
    section.blocks().forEach(block -> add(texts, block));
    return texts;
  }

  private static void add(List<String> lines, Block block) {
    if (block instanceof Block.Paragraph paragraph) {
      lines.add(paragraph.text());
    } else if (block instanceof Block.Note note) {
      lines.add(note.text());
    } else if (block instanceof Block.BulletList list) {
      lines.addAll(list.items());
    }
  }
}
