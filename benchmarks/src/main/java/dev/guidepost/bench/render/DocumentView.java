package dev.guidepost.bench.render;

import dev.guidepost.render.document.Block;
import dev.guidepost.render.document.Chapter;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.document.Field;
import dev.guidepost.render.document.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * What the templates render: the document with the little logic a logic-less template cannot hold,
 * namely chapter and section numbers and the bullet of each Markdown list (two lists in a row take
 * different bullets, as Guidepost writes them). Texts come raw, for the engine's HTML escaping, and
 * Markdown-escaped ({@code md...}), since neither engine knows Markdown; escaping happens when a
 * template asks for a text.
 */
public final class DocumentView {
  private final Document document;
  private final List<BlockView> preamble;
  private final List<ChapterView> chapters = new ArrayList<>();
  private final List<BlockView> closing;
  private char lastBullet;

  /**
   * Creates the view.
   *
   * @param document the document
   */
  public DocumentView(Document document) {
    this.document = document;
    lastBullet = document.metadata().isEmpty() ? 0 : '-';
    this.preamble = blocks(document.preamble());
    int number = 0;
    for (Chapter chapter : document.chapters()) {
      chapters.add(new ChapterView(++number, chapter));
    }
    this.closing = blocks(document.closing());
  }

  private List<BlockView> blocks(List<Block> blocks) {
    List<BlockView> views = new ArrayList<>(blocks.size());
    for (Block block : blocks) {
      char bullet = 0;
      if (block instanceof Block.BulletList) {
        bullet = lastBullet == '-' ? '*' : '-';
      }
      lastBullet = bullet;
      views.add(new BlockView(block, bullet));
    }
    return views;
  }

  /**
   * Returns the language code.
   *
   * @return the code
   */
  public String lang() {
    return document.language().code();
  }

  /**
   * Returns the title.
   *
   * @return the raw title
   */
  public String title() {
    return document.title();
  }

  /**
   * Returns the title, escaped for Markdown.
   *
   * @return the escaped title
   */
  public String mdTitle() {
    return Escape.markdownInline(document.title());
  }

  /**
   * Returns the metadata, wrapped in a list of one to render once if there is any.
   *
   * @return the metadata fields, or none
   */
  public List<List<FieldView>> metadata() {
    if (document.metadata().isEmpty()) {
      return List.of();
    }
    List<FieldView> fields = new ArrayList<>();
    for (Field field : document.metadata()) {
      fields.add(new FieldView(field));
    }
    return List.of(fields);
  }

  /**
   * Returns the page's style sheet.
   *
   * @return the rules, one a line
   */
  public List<String> style() {
    return HandHtml.STYLE;
  }

  /**
   * Returns the preamble.
   *
   * @return its blocks
   */
  public List<BlockView> preamble() {
    return preamble;
  }

  /**
   * Returns the chapters.
   *
   * @return the chapters, numbered
   */
  public List<ChapterView> chapters() {
    return chapters;
  }

  /**
   * Returns the closing blocks, wrapped in a list of one to render once if there are any.
   *
   * @return the closing blocks, or none
   */
  public List<List<BlockView>> closing() {
    return closing.isEmpty() ? List.of() : List.of(closing);
  }

  /** A metadata field. */
  public static final class FieldView {
    private final Field field;

    FieldView(Field field) {
      this.field = field;
    }

    /**
     * Returns the label.
     *
     * @return the raw label
     */
    public String label() {
      return field.label();
    }

    /**
     * Returns the value.
     *
     * @return the raw value
     */
    public String value() {
      return field.value();
    }

    /**
     * Returns the label, escaped for Markdown.
     *
     * @return the escaped label
     */
    public String mdLabel() {
      return Escape.markdownInline(field.label());
    }

    /**
     * Returns the value, escaped for Markdown.
     *
     * @return the escaped value
     */
    public String mdValue() {
      return Escape.markdownInline(field.value());
    }
  }

  /** A chapter with its number. */
  public final class ChapterView {
    private final int number;
    private final Chapter chapter;
    private final List<SectionView> sections = new ArrayList<>();

    ChapterView(int number, Chapter chapter) {
      this.number = number;
      this.chapter = chapter;
      int section = 0;
      for (Section s : chapter.sections()) {
        lastBullet = 0;
        sections.add(new SectionView(number + "." + ++section, s, blocks(s.blocks())));
      }
    }

    /**
     * Returns the number.
     *
     * @return from 1
     */
    public int number() {
      return number;
    }

    /**
     * Returns the heading.
     *
     * @return the raw heading
     */
    public String heading() {
      return chapter.heading();
    }

    /**
     * Returns the heading, escaped for Markdown.
     *
     * @return the escaped heading
     */
    public String mdHeading() {
      return Escape.markdownInline(chapter.heading());
    }

    /**
     * Returns the sections.
     *
     * @return the sections, numbered
     */
    public List<SectionView> sections() {
      return sections;
    }
  }

  /**
   * A section with its number.
   *
   * @param number its number, such as {@code 1.2}
   * @param section the section
   * @param blocks its blocks
   */
  public record SectionView(String number, Section section, List<BlockView> blocks) {
    /**
     * Returns the heading.
     *
     * @return the raw heading
     */
    public String heading() {
      return section.heading();
    }

    /**
     * Returns the heading, escaped for Markdown.
     *
     * @return the escaped heading
     */
    public String mdHeading() {
      return Escape.markdownInline(section.heading());
    }
  }

  /** A block: a paragraph, a list with its bullet, or a note. */
  public static final class BlockView {
    private final Block block;
    private final String bullet;

    BlockView(Block block, char bullet) {
      this.block = block;
      this.bullet = bullet == 0 ? "" : String.valueOf(bullet);
    }

    /**
     * Tells whether this is a paragraph.
     *
     * @return true for a paragraph
     */
    public boolean paragraph() {
      return block instanceof Block.Paragraph;
    }

    /**
     * Tells whether this is a bulleted list.
     *
     * @return true for a list
     */
    public boolean list() {
      return block instanceof Block.BulletList;
    }

    /**
     * Tells whether this is a note.
     *
     * @return true for a note
     */
    public boolean note() {
      return block instanceof Block.Note;
    }

    /**
     * Returns the text of a paragraph or note.
     *
     * @return the raw text; empty for a list
     */
    public String text() {
      if (block instanceof Block.Paragraph paragraph) {
        return paragraph.text();
      }
      return block instanceof Block.Note note ? note.text() : "";
    }

    /**
     * Returns the text of a paragraph or note, escaped for Markdown at the start of a line.
     *
     * @return the escaped text
     */
    public String md() {
      return Escape.markdownLineStart(text());
    }

    /**
     * Returns the Markdown bullet of a list.
     *
     * @return {@code -} or {@code *}; empty for other blocks
     */
    public String bullet() {
      return bullet;
    }

    /**
     * Returns the items of a list.
     *
     * @return the items; none for other blocks
     */
    public List<ItemView> items() {
      if (!(block instanceof Block.BulletList list)) {
        return List.of();
      }
      List<ItemView> items = new ArrayList<>(list.items().size());
      for (String item : list.items()) {
        items.add(new ItemView(item));
      }
      return items;
    }
  }

  /**
   * A list item.
   *
   * @param text the raw text
   */
  public record ItemView(String text) {
    /**
     * Returns the text, escaped for Markdown at the start of a line.
     *
     * @return the escaped text
     */
    public String md() {
      return Escape.markdownLineStart(text);
    }
  }
}
