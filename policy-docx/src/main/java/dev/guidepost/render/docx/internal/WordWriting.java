package dev.guidepost.render.docx.internal;

import dev.guidepost.render.document.Block;
import dev.guidepost.render.document.Chapter;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.document.DocumentVisitor;
import dev.guidepost.render.document.Field;
import dev.guidepost.render.document.Section;
import java.util.List;
import java.util.Optional;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The walk that writes a document's body into a Word document: the title in {@code Title}, the
 * metadata as a two-column table, a table of contents field, chapters in {@code Heading1} and
 * sections in {@code Heading2} (numbered by Word, not by text), paragraphs in {@code Normal}, list
 * items in {@code ListBullet}, notes in {@code Quote} and tables in {@code TableGrid} under a bold
 * caption; and last a footer with the version and the page number. Every run carries the document's
 * language; every text goes through {@link WordText}.
 */
public final class WordWriting implements DocumentVisitor<RuntimeException> {
  private final XWPFDocument word;
  private final WordLanguage language;
  private final Optional<String> version;

  /**
   * Creates the walk.
   *
   * @param word the Word document to write into, with the styles of {@link WordStyles}
   * @param language the document's language
   * @param version the policy's version for the footer, if it has one
   */
  public WordWriting(XWPFDocument word, WordLanguage language, Optional<String> version) {
    this.word = word;
    this.language = language;
    this.version = version;
  }

  @Override
  public void header(Document document) {
    text(paragraph("Title"), document.title());
    List<Field> metadata = document.metadata();
    if (!metadata.isEmpty()) {
      XWPFTable table = word.createTable(metadata.size(), 2);
      table.setStyleID("TableGrid");
      table.setWidth("100%");
      for (int i = 0; i < metadata.size(); i++) {
        XWPFTableRow row = table.getRow(i);
        XWPFRun label = text(row.getCell(0).getParagraphArray(0), metadata.get(i).label());
        label.setBold(true);
        text(row.getCell(1).getParagraphArray(0), metadata.get(i).value());
      }
    }
    text(paragraph("TOCHeading"), language.contentsHeading());
    field(paragraph("TOC1"), "TOC \\o \"1-2\" \\h \\z \\u", language.contentsPlaceholder());
  }

  @Override
  public void chapter(int number, Chapter chapter) {
    text(paragraph("Heading1"), chapter.heading());
  }

  @Override
  public void section(int chapterNumber, int number, Section section) {
    text(paragraph("Heading2"), section.heading());
  }

  @Override
  public void paragraph(Block.Paragraph paragraph) {
    text(paragraph("Normal"), paragraph.text());
  }

  @Override
  public void bulletList(Block.BulletList list) {
    for (String item : list.items()) {
      text(paragraph("ListBullet"), item);
    }
  }

  @Override
  public void note(Block.Note note) {
    text(paragraph("Quote"), note.text());
  }

  /**
   * Writes the caption as a bold paragraph kept with the table, then the table in {@code
   * TableGrid}: a bold header row that Word repeats on each page, and a row per row.
   */
  @Override
  public void table(Block.Table table) {
    XWPFParagraph caption = paragraph("Normal");
    caption.setKeepNext(true);
    text(caption, table.caption()).setBold(true);
    XWPFTable grid = word.createTable(table.rows().size() + 1, table.columns().size());
    grid.setStyleID("TableGrid");
    grid.setWidth("100%");
    XWPFTableRow header = grid.getRow(0);
    header.setRepeatHeader(true);
    for (int i = 0; i < table.columns().size(); i++) {
      text(header.getCell(i).getParagraphArray(0), table.columns().get(i)).setBold(true);
    }
    for (int r = 0; r < table.rows().size(); r++) {
      List<String> cells = table.rows().get(r);
      for (int i = 0; i < cells.size(); i++) {
        text(grid.getRow(r + 1).getCell(i).getParagraphArray(0), cells.get(i));
      }
    }
  }

  @Override
  public void end(Document document) {
    XWPFFooter footer = word.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph line = footer.createParagraph();
    line.setStyle("Footer");
    version.ifPresent(v -> footerText(line, language.version(v) + " \u00b7 "));
    String pattern = language.pagePattern();
    int page = pattern.indexOf("{page}");
    int pages = pattern.indexOf("{pages}");
    footerText(line, pattern.substring(0, page));
    field(line, "PAGE", "1");
    footerText(line, pattern.substring(page + "{page}".length(), pages));
    field(line, "NUMPAGES", "1");
    footerText(line, pattern.substring(pages + "{pages}".length()));
  }

  private XWPFParagraph paragraph(String style) {
    XWPFParagraph paragraph = word.createParagraph();
    paragraph.setStyle(style);
    return paragraph;
  }

  private XWPFRun text(XWPFParagraph paragraph, String text) {
    return plain(paragraph, WordText.of(text));
  }

  private XWPFRun plain(XWPFParagraph paragraph, String text) {
    XWPFRun run = run(paragraph);
    run.setText(text);
    return run;
  }

  private void footerText(XWPFParagraph paragraph, String text) {
    if (!text.isEmpty()) {
      plain(paragraph, text);
    }
  }

  private XWPFRun run(XWPFParagraph paragraph) {
    XWPFRun run = paragraph.createRun();
    run.setLang(language.tag());
    return run;
  }

  /** A complex field: its code, and the result that shows until Word updates it. */
  private void field(XWPFParagraph paragraph, String code, String result) {
    run(paragraph).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    run(paragraph).getCTR().addNewInstrText().setStringValue(" " + code + " ");
    run(paragraph).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    plain(paragraph, result);
    run(paragraph).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
  }
}
