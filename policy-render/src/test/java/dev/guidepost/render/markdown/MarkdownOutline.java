package dev.guidepost.render.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown back with commonmark-java and lists its blocks, one line each: {@code "h2 text"},
 * {@code "list"}, {@code "- item"}, {@code "quote"}, {@code "> quoted paragraph"}, {@code "p
 * text"}. Inline nodes other than text show as {@code "{Type:content}"}, the metadata's strong
 * label too, and blocks the renderer never writes show as their type, so that any markup a text
 * smuggled in is visible.
 */
final class MarkdownOutline extends AbstractVisitor {
  private static final Parser PARSER = Parser.builder().build();

  private final List<String> lines = new ArrayList<>();

  private MarkdownOutline() {}

  static List<String> of(String markdown) {
    MarkdownOutline outline = new MarkdownOutline();
    PARSER.parse(markdown).accept(outline);
    return outline.lines;
  }

  @Override
  public void visit(Heading heading) {
    lines.add("h" + heading.getLevel() + " " + inline(heading));
  }

  @Override
  public void visit(BulletList list) {
    lines.add("list");
    visitChildren(list);
  }

  @Override
  public void visit(BlockQuote quote) {
    lines.add("quote");
    visitChildren(quote);
  }

  @Override
  public void visit(Paragraph paragraph) {
    Node parent = paragraph.getParent();
    String kind = parent instanceof ListItem ? "- " : parent instanceof BlockQuote ? "> " : "p ";
    lines.add(kind + inline(paragraph));
  }

  @Override
  public void visit(OrderedList list) {
    unexpected(list);
  }

  @Override
  public void visit(HtmlBlock block) {
    lines.add("HtmlBlock " + block.getLiteral());
  }

  @Override
  public void visit(FencedCodeBlock block) {
    unexpected(block);
  }

  @Override
  public void visit(IndentedCodeBlock block) {
    unexpected(block);
  }

  @Override
  public void visit(ThematicBreak thematicBreak) {
    unexpected(thematicBreak);
  }

  @Override
  public void visit(CustomBlock block) {
    unexpected(block);
  }

  private void unexpected(Node block) {
    lines.add(block.getClass().getSimpleName());
    visitChildren(block);
  }

  private static String inline(Node parent) {
    StringBuilder text = new StringBuilder();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Text plain) {
        text.append(plain.getLiteral());
      } else if (node instanceof StrongEmphasis) {
        text.append("{Strong:").append(inline(node)).append('}');
      } else if (node instanceof Code code) {
        text.append("{Code:").append(code.getLiteral()).append('}');
      } else if (node instanceof HtmlInline html) {
        text.append("{HtmlInline:").append(html.getLiteral()).append('}');
      } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
        text.append('{').append(node.getClass().getSimpleName()).append('}');
      } else {
        text.append('{').append(node.getClass().getSimpleName()).append(':');
        text.append(inline(node)).append('}');
      }
    }
    return text.toString();
  }
}
