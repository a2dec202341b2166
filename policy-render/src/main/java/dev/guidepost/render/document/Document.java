package dev.guidepost.render.document;

import dev.guidepost.policy.model.Language;
import java.util.List;
import java.util.Objects;

/**
 * A finished policy document in one language, independent of any format: a title, a metadata block
 * (organisation, version, effective date, owner, which language prevails), a preamble (purpose and
 * scope), chapters of sections in the catalogue's order, and a closing part (who to ask, when the
 * policy is reviewed).
 *
 * <p>Immutable and thread-safe; two documents are equal when all their parts are. All text is
 * plain; each renderer escapes it for its format, walking the document with {@link #accept}.
 *
 * @param language the language the document is written in
 * @param title the title, not blank
 * @param metadata the metadata block, in order
 * @param preamble the preamble's blocks
 * @param chapters the chapters, in order
 * @param closing the closing blocks
 */
public record Document(
    Language language,
    String title,
    List<Field> metadata,
    List<Block> preamble,
    List<Chapter> chapters,
    List<Block> closing) {
  /**
   * Checks and copies the parts.
   *
   * @param language the language
   * @param title the title
   * @param metadata the metadata
   * @param preamble the preamble
   * @param chapters the chapters
   * @param closing the closing
   */
  public Document {
    Objects.requireNonNull(language, "language");
    Texts.require("a title", title);
    metadata = List.copyOf(metadata);
    preamble = List.copyOf(preamble);
    chapters = List.copyOf(chapters);
    closing = List.copyOf(closing);
  }

  /**
   * Walks the document in reading order, numbering its chapters from 1 and the sections of each
   * chapter from 1, and calls the visitor for each part as {@link DocumentVisitor} describes.
   *
   * @param visitor the visitor
   * @param <X> the exception the visitor may throw
   * @throws X if the visitor throws it; the walk stops there
   */
  public <X extends Exception> void accept(DocumentVisitor<X> visitor) throws X {
    Objects.requireNonNull(visitor, "visitor");
    visitor.header(this);
    blocks(preamble, visitor);
    int chapterNumber = 0;
    for (Chapter chapter : chapters) {
      chapterNumber++;
      visitor.chapter(chapterNumber, chapter);
      int sectionNumber = 0;
      for (Section section : chapter.sections()) {
        sectionNumber++;
        visitor.section(chapterNumber, sectionNumber, section);
        blocks(section.blocks(), visitor);
        visitor.endSection(section);
      }
      visitor.endChapter(chapter);
    }
    visitor.closing(closing);
    blocks(closing, visitor);
    visitor.end(this);
  }

  private static <X extends Exception> void blocks(List<Block> blocks, BlockVisitor<X> visitor)
      throws X {
    for (Block block : blocks) {
      block.accept(visitor);
    }
  }
}
