package dev.guidepost.render.docx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The words of a DOCX body as a reader sees them, and the words of a plain-text rendering without
 * what is layout there (underlines, list and note marks, literal heading numbers).
 */
final class DocxText {
  private static final Pattern SECTION_NUMBER = Pattern.compile("^\\d+\\.\\d+ ");
  private static final Pattern CHAPTER_NUMBER = Pattern.compile("^\\d+\\. ");

  private DocxText() {}

  /**
   * The body's words; the table of contents is left out and a metadata row reads "label: value".
   */
  static List<String> words(XWPFDocument word) {
    StringBuilder text = new StringBuilder();
    for (IBodyElement element : word.getBodyElements()) {
      if (element instanceof XWPFParagraph paragraph) {
        String style = paragraph.getStyle();
        if (!"TOCHeading".equals(style) && !"TOC1".equals(style)) {
          text.append(paragraph.getText()).append('\n');
        }
      } else if (element instanceof XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
          text.append(row.getCell(0).getText())
              .append(": ")
              .append(row.getCell(1).getText())
              .append('\n');
        }
      }
    }
    return split(text.toString());
  }

  /** The words of a plain-text rendering, without its layout marks. */
  static List<String> plainWords(String rendered) {
    String[] lines = rendered.split("\n", -1);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (!line.isEmpty() && line.chars().allMatch(c -> c == '=' || c == '-')) {
        continue;
      }
      boolean underlined =
          i + 1 < lines.length && !lines[i + 1].isEmpty() && lines[i + 1].matches("-+");
      if (underlined) {
        line = CHAPTER_NUMBER.matcher(line).replaceFirst("");
      }
      line = SECTION_NUMBER.matcher(line).replaceFirst("");
      if (line.startsWith("> ") || line.startsWith("- ")) {
        line = line.substring(2);
      }
      text.append(line).append('\n');
    }
    return split(text.toString());
  }

  private static List<String> split(String text) {
    return new ArrayList<>(
        Arrays.stream(text.split("\\s+")).filter(word -> !word.isEmpty()).toList());
  }
}
