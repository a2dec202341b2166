package dev.guidepost.render.markdown;

import dev.guidepost.render.Renderer;
import dev.guidepost.render.document.Block;
import dev.guidepost.render.document.Chapter;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.document.Field;
import dev.guidepost.render.document.Section;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders a document as CommonMark.
 *
 * <p>The title is a level 1 heading, chapters are level 2 headings numbered {@code "1. "}, sections
 * level 3 headings numbered {@code "1.1 "}. The metadata block is a bulleted list of {@code
 * "**Label:** value"} items, notes are block quotes, and each paragraph, list item and quote is one
 * line. Blocks are separated by one blank line, lines end with {@code '\n'} and the text ends with
 * exactly one. Two lists in a row use different bullets ({@code -} then {@code *}), so they stay
 * two lists.
 *
 * <p>Every text is escaped so that a CommonMark reader shows exactly that text: characters that
 * would start emphasis, links, code, entities or raw HTML are backslash-escaped, and so are markers
 * that would start a list or a heading at the start of a line. A run of whitespace or control
 * characters becomes one space, so no text can start a block of its own. Immutable, thread-safe and
 * deterministic; obtain it from {@link Renderer#markdown()} or {@link #create()}.
 *
 * <pre>{@code
 * ## 1. Working hours
 *
 * ### 1.1 Time on social media
 *
 * Employees may use social media for up to 30 minutes a day.
 * }</pre>
 */
public final class MarkdownRenderer implements Renderer {
  private static final MarkdownRenderer INSTANCE = new MarkdownRenderer();

  private MarkdownRenderer() {}

  /**
   * Returns the Markdown renderer.
   *
   * @return the renderer, a shared instance
   */
  public static MarkdownRenderer create() {
    return INSTANCE;
  }

  @Override
  public void render(Document document, Appendable out) throws IOException {
    Objects.requireNonNull(document, "document");
    Output output = new Output(Objects.requireNonNull(out, "out"));
    output.block("# " + MarkdownEscaper.inline(document.title()));
    if (!document.metadata().isEmpty()) {
      List<String> items = new ArrayList<>();
      for (Field field : document.metadata()) {
        items.add(
            "**"
                + MarkdownEscaper.inline(field.label())
                + ":** "
                + MarkdownEscaper.inline(field.value()));
      }
      output.list(items);
    }
    blocks(output, document.preamble());
    int chapterNumber = 0;
    for (Chapter chapter : document.chapters()) {
      chapterNumber++;
      output.block("## " + chapterNumber + ". " + MarkdownEscaper.inline(chapter.heading()));
      int sectionNumber = 0;
      for (Section section : chapter.sections()) {
        sectionNumber++;
        String number = chapterNumber + "." + sectionNumber + " ";
        output.block("### " + number + MarkdownEscaper.inline(section.heading()));
        blocks(output, section.blocks());
      }
    }
    blocks(output, document.closing());
  }

  private static void blocks(Output output, List<Block> blocks) throws IOException {
    for (Block block : blocks) {
      if (block instanceof Block.Paragraph paragraph) {
        output.block(MarkdownEscaper.lineStart(paragraph.text()));
      } else if (block instanceof Block.BulletList list) {
        List<String> items = new ArrayList<>();
        for (String item : list.items()) {
          items.add(MarkdownEscaper.lineStart(item));
        }
        output.list(items);
      } else if (block instanceof Block.Note note) {
        output.block("> " + MarkdownEscaper.lineStart(note.text()));
      } else {
        throw new AssertionError("unknown block " + block);
      }
    }
  }

  /** Writes blocks, a blank line between two, and alternates the bullets of adjacent lists. */
  private static final class Output {
    private final Appendable out;
    private boolean first = true;
    private char lastBullet;

    Output(Appendable out) {
      this.out = out;
    }

    void block(String line) throws IOException {
      separate();
      out.append(line).append('\n');
      lastBullet = 0;
    }

    void list(List<String> items) throws IOException {
      separate();
      char bullet = lastBullet == '-' ? '*' : '-';
      for (String item : items) {
        out.append(bullet).append(' ').append(item).append('\n');
      }
      lastBullet = bullet;
    }

    private void separate() throws IOException {
      if (!first) {
        out.append('\n');
      }
      first = false;
    }
  }
}
