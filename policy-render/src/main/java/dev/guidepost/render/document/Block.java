package dev.guidepost.render.document;

import java.util.List;

/**
 * A block of body text: a paragraph, a bulleted list or a note. All text is plain and is escaped by
 * each renderer. Implementations are immutable records.
 */
public sealed interface Block permits Block.Paragraph, Block.BulletList, Block.Note {
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
  }
}
