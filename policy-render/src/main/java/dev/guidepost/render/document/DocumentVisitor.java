package dev.guidepost.render.document;

import java.util.List;

/**
 * Receives the parts of a {@link Document} in reading order from {@link Document#accept}, with the
 * chapters and sections numbered: the one walk over a document that every renderer shares.
 *
 * <p>The calls come in this order: {@link #header}; each block of the preamble; for each chapter
 * {@link #chapter}, then for each of its sections {@link #section}, the section's blocks and {@link
 * #endSection}, then {@link #endChapter}; {@link #closing} and each block of the closing; and last
 * {@link #end}. The methods a format needs to handle are abstract, and so are those of {@link
 * BlockVisitor}; the end of a part, which only a format with nested elements marks, does nothing by
 * default.
 *
 * <pre>{@code
 * document.accept(new DocumentVisitor<IOException>() {
 *   public void chapter(int number, Chapter chapter) throws IOException {
 *     out.append(number + ". " + chapter.heading() + "\n");
 *   }
 *   ...
 * });
 * }</pre>
 *
 * @param <X> the exception the visitor may throw, such as {@link java.io.IOException}
 */
public interface DocumentVisitor<X extends Exception> extends BlockVisitor<X> {
  /**
   * Visits the title and the metadata block, before anything else.
   *
   * @param document the whole document
   * @throws X if the visitor fails
   */
  void header(Document document) throws X;

  /**
   * Starts a chapter; its sections follow.
   *
   * @param number the chapter's number, from 1
   * @param chapter the chapter
   * @throws X if the visitor fails
   */
  void chapter(int number, Chapter chapter) throws X;

  /**
   * Starts a section; its blocks follow.
   *
   * @param chapterNumber the number of its chapter, from 1
   * @param number the section's number within the chapter, from 1
   * @param section the section
   * @throws X if the visitor fails
   */
  void section(int chapterNumber, int number, Section section) throws X;

  /**
   * Ends a section, after its blocks. Does nothing unless overridden.
   *
   * @param section the section
   * @throws X if the visitor fails
   */
  default void endSection(Section section) throws X {}

  /**
   * Ends a chapter, after its sections. Does nothing unless overridden.
   *
   * @param chapter the chapter
   * @throws X if the visitor fails
   */
  default void endChapter(Chapter chapter) throws X {}

  /**
   * Starts the closing part; its blocks follow, if it has any. Does nothing unless overridden.
   *
   * @param blocks the closing's blocks, possibly none
   * @throws X if the visitor fails
   */
  default void closing(List<Block> blocks) throws X {}

  /**
   * Ends the document, after everything else. Does nothing unless overridden.
   *
   * @param document the whole document
   * @throws X if the visitor fails
   */
  default void end(Document document) throws X {}
}
