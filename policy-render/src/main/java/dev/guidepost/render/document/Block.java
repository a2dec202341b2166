package dev.guidepost.render.document;

import java.util.List;

/**
 * A block of body text: a paragraph, a bulleted list, a note or a table. All text is plain and is
 * escaped by each renderer. Implementations are immutable records.
 *
 * <p>Code that treats each kind of block differently implements a {@link BlockVisitor} and calls
 * {@link #accept}: a new kind of block then adds a method to the visitor, and every renderer that
 * does not handle it fails to compile.
 */
public sealed interface Block permits Block.Paragraph, Block.BulletList, Block.Note, Block.Table {
  /**
   * Calls the visitor's method for this kind of block.
   *
   * @param visitor the visitor
   * @param <X> the exception the visitor may throw
   * @throws X if the visitor throws it
   */
  <X extends Exception> void accept(BlockVisitor<X> visitor) throws X;

  /**
   * A paragraph.
   *
   * @param text the text, not blank
   */
  record Paragraph(String text) implements Block {
    /**
     * Checks the text.
     *
     * @param text the text
     */
    public Paragraph {
      Texts.require("a paragraph", text);
    }

    @Override
    public <X extends Exception> void accept(BlockVisitor<X> visitor) throws X {
      visitor.paragraph(this);
    }
  }

  /**
   * A bulleted list.
   *
   * @param items the items, at least one, none blank
   */
  record BulletList(List<String> items) implements Block {
    /**
     * Checks and copies the items.
     *
     * @param items the items
     */
    public BulletList {
      items = List.copyOf(items);
      if (items.isEmpty()) {
        throw new IllegalArgumentException("a list has at least one item");
      }
      items.forEach(item -> Texts.require("a list item", item));
    }

    @Override
    public <X extends Exception> void accept(BlockVisitor<X> visitor) throws X {
      visitor.bulletList(this);
    }
  }

  /**
   * A note set apart from the body, such as a custom clause shown in another language.
   *
   * @param text the text, not blank
   */
  record Note(String text) implements Block {
    /**
     * Checks the text.
     *
     * @param text the text
     */
    public Note {
      Texts.require("a note", text);
    }

    @Override
    public <X extends Exception> void accept(BlockVisitor<X> visitor) throws X {
      visitor.note(this);
    }
  }

  /**
   * A table with a caption, a header row naming its columns, and rows of plain-text cells, such as
   * the policy's change history.
   *
   * @param caption what the table holds, not blank
   * @param columns the column names, at least one, none blank
   * @param rows the rows, at least one, each with one cell per column, none blank
   */
  record Table(String caption, List<String> columns, List<List<String>> rows) implements Block {
    /**
     * Checks and copies the parts.
     *
     * @param caption the caption
     * @param columns the column names
     * @param rows the rows
     */
    public Table {
      Texts.require("a table caption", caption);
      columns = List.copyOf(columns);
      if (columns.isEmpty()) {
        throw new IllegalArgumentException("table '" + caption + "' has no column");
      }
      columns.forEach(column -> Texts.require("a column name", column));
      rows = rows.stream().map(List::copyOf).toList();
      if (rows.isEmpty()) {
        throw new IllegalArgumentException("table '" + caption + "' has no row");
      }
      for (List<String> row : rows) {
        if (row.size() != columns.size()) {
          throw new IllegalArgumentException(
              "table '"
                  + caption
                  + "' has "
                  + columns.size()
                  + " columns, but a row of "
                  + row.size()
                  + " cells");
        }
        row.forEach(cell -> Texts.require("a table cell", cell));
      }
    }

    @Override
    public <X extends Exception> void accept(BlockVisitor<X> visitor) throws X {
      visitor.table(this);
    }
  }
}
