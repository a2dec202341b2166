package dev.guidepost.render.document;

/**
 * Does one thing per kind of {@link Block}; {@link Block#accept} calls the method for the block's
 * kind. Every method must be implemented, so a new kind of block fails to compile in every visitor
 * until it is handled.
 *
 * <p>A visitor returns nothing: the renderers write as they visit, and an estimate adds up as it
 * goes. The type parameter is the checked exception the visitor may throw, such as {@link
 * java.io.IOException} for one that writes to an {@link Appendable}, or {@link RuntimeException}
 * for one that throws none.
 *
 * @param <X> the exception the visitor may throw
 */
public interface BlockVisitor<X extends Exception> {
  /**
   * Visits a paragraph.
   *
   * @param paragraph the paragraph
   * @throws X if the visitor fails
   */
  void paragraph(Block.Paragraph paragraph) throws X;

  /**
   * Visits a bulleted list.
   *
   * @param list the list
   * @throws X if the visitor fails
   */
  void bulletList(Block.BulletList list) throws X;

  /**
   * Visits a note.
   *
   * @param note the note
   * @throws X if the visitor fails
   */
  void note(Block.Note note) throws X;

  /**
   * Visits a table.
   *
   * @param table the table
   * @throws X if the visitor fails
   */
  void table(Block.Table table) throws X;
}
