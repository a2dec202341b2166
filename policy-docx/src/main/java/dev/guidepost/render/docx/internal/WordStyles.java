package dev.guidepost.render.docx.internal;

/**
 * The styles and numbering definitions of every Guidepost DOCX, as Word names them: {@code Normal},
 * {@code Title}, {@code Heading1} to {@code Heading3}, {@code ListBullet}, {@code Quote} for notes,
 * {@code TOCHeading}, {@code TOC1} and {@code TOC2}, {@code TableGrid} and {@code Footer}. Headings
 * are numbered by Word (numbering 1: "1.", "1.1", "1.1.1", linked to the heading styles) and list
 * items bulleted by it (numbering 2, linked to {@code ListBullet}). The document language is the
 * default of every run, so Word checks the spelling in it.
 */
public final class WordStyles {
  /** The numbering of headings. */
  public static final int HEADING_NUMBERING = 1;

  /** The numbering of bulleted list items. */
  public static final int BULLET_NUMBERING = 2;

  private static final String W =
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

  private WordStyles() {}

  /**
   * Returns the content of {@code word/styles.xml}.
   *
   * @param language the document's language tag, such as {@code da-DK}
   * @return the styles part
   */
  public static String styles(String language) {
    String lang = attribute(language);
    return "<w:styles "
        + W
        + ">"
        + "<w:docDefaults><w:rPrDefault><w:rPr>"
        + "<w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Calibri\" w:cs=\"Calibri\"/>"
        + "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>"
        + "<w:lang w:val=\""
        + lang
        + "\" w:eastAsia=\""
        + lang
        + "\" w:bidi=\"ar-SA\"/>"
        + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
        + "<w:spacing w:after=\"160\" w:line=\"264\" w:lineRule=\"auto\"/>"
        + "</w:pPr></w:pPrDefault></w:docDefaults>"
        + paragraphStyle("Normal", "Normal", "", "", "")
        + paragraphStyle(
            "Title",
            "Title",
            "<w:spacing w:after=\"240\"/><w:contextualSpacing/><w:outlineLvl w:val=\"9\"/>",
            "<w:b/><w:sz w:val=\"52\"/><w:szCs w:val=\"52\"/>",
            "")
        + heading(1, 36, 360)
        + heading(2, 28, 240)
        + heading(3, 24, 200)
        + paragraphStyle(
            "ListBullet",
            "List Bullet",
            "<w:numPr><w:numId w:val=\""
                + BULLET_NUMBERING
                + "\"/></w:numPr><w:spacing w:after=\"80\"/><w:contextualSpacing/>",
            "",
            "")
        + paragraphStyle(
            "Quote",
            "Quote",
            "<w:pBdr><w:left w:val=\"single\" w:sz=\"18\" w:space=\"8\" w:color=\"BBBBBB\"/></w:pBdr>"
                + "<w:ind w:left=\"567\"/>",
            "<w:i/><w:color w:val=\"404040\"/>",
            "")
        + paragraphStyle(
            "TOCHeading",
            "TOC Heading",
            "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/>",
            "<w:b/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>",
            "")
        + paragraphStyle("TOC1", "toc 1", "<w:spacing w:after=\"60\"/>", "", "")
        + paragraphStyle(
            "TOC2", "toc 2", "<w:spacing w:after=\"60\"/><w:ind w:left=\"220\"/>", "", "")
        + paragraphStyle("Footer", "footer", "<w:jc w:val=\"center\"/>", "<w:sz w:val=\"18\"/>", "")
        + "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"
        + "<w:basedOn w:val=\"TableNormal\"/><w:pPr><w:spacing w:after=\"0\"/></w:pPr>"
        + "<w:tblPr><w:tblBorders>"
        + border("top")
        + border("left")
        + border("bottom")
        + border("right")
        + border("insideH")
        + border("insideV")
        + "</w:tblBorders><w:tblCellMar><w:left w:w=\"108\" w:type=\"dxa\"/>"
        + "<w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
        + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">"
        + "<w:name w:val=\"Normal Table\"/><w:tblPr><w:tblCellMar>"
        + "<w:left w:w=\"108\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
        + "</w:tblCellMar></w:tblPr></w:style>"
        + "</w:styles>";
  }

  /**
   * Returns the content of {@code word/numbering.xml}: the heading numbering and the bullets.
   *
   * @return the numbering part
   */
  public static String numbering() {
    return "<w:numbering "
        + W
        + ">"
        + "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>"
        + headingLevel(0, "%1.")
        + headingLevel(1, "%1.%2")
        + headingLevel(2, "%1.%2.%3")
        + "</w:abstractNum>"
        + "<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"singleLevel\"/>"
        + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>"
        + "<w:pStyle w:val=\"ListBullet\"/><w:lvlText w:val=\"\u2022\"/><w:lvlJc w:val=\"left\"/>"
        + "<w:pPr><w:ind w:left=\"360\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum>"
        + "<w:num w:numId=\""
        + HEADING_NUMBERING
        + "\"><w:abstractNumId w:val=\"0\"/></w:num>"
        + "<w:num w:numId=\""
        + BULLET_NUMBERING
        + "\"><w:abstractNumId w:val=\"1\"/></w:num>"
        + "</w:numbering>";
  }

  private static String heading(int level, int halfPoints, int before) {
    return paragraphStyle(
        "Heading" + level,
        "heading " + level,
        "<w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val=\""
            + (level - 1)
            + "\"/><w:numId w:val=\""
            + HEADING_NUMBERING
            + "\"/></w:numPr><w:spacing w:before=\""
            + before
            + "\" w:after=\"120\"/><w:outlineLvl w:val=\""
            + (level - 1)
            + "\"/>",
        "<w:b/><w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/>",
        "<w:next w:val=\"Normal\"/>");
  }

  private static String headingLevel(int level, String text) {
    int indent = 432 + 144 * level;
    return "<w:lvl w:ilvl=\""
        + level
        + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:pStyle w:val=\"Heading"
        + (level + 1)
        + "\"/><w:lvlText w:val=\""
        + text
        + "\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\""
        + indent
        + "\" w:hanging=\""
        + indent
        + "\"/></w:pPr></w:lvl>";
  }

  private static String paragraphStyle(
      String id, String name, String paragraph, String run, String extra) {
    return "<w:style w:type=\"paragraph\""
        + ("Normal".equals(id) ? " w:default=\"1\"" : "")
        + " w:styleId=\""
        + id
        + "\"><w:name w:val=\""
        + name
        + "\"/>"
        + ("Normal".equals(id) ? "" : "<w:basedOn w:val=\"Normal\"/>")
        + extra
        + "<w:qFormat/>"
        + (paragraph.isEmpty() ? "" : "<w:pPr>" + paragraph + "</w:pPr>")
        + (run.isEmpty() ? "" : "<w:rPr>" + run + "</w:rPr>")
        + "</w:style>";
  }

  private static String border(String side) {
    return "<w:" + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>";
  }

  private static String attribute(String value) {
    return value.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }
}
