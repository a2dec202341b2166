package dev.guidepost.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.render.document.Block;
import dev.guidepost.render.document.Chapter;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.document.Field;
import dev.guidepost.render.document.Section;
import dev.guidepost.render.text.TextRenderer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class DocxRendererTest {
  private static final Map<Language, String> TAGS =
      Map.of(
          Language.ENGLISH, "en-GB",
          Language.DANISH, "da-DK",
          Language.SWEDISH, "sv-SE",
          Language.NORWEGIAN, "nb-NO",
          Language.DUTCH, "nl-NL");

  @TestFactory
  List<DynamicTest> the_words_of_every_preset_in_every_language_are_those_of_the_plain_text() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Preset preset : Preset.values()) {
      for (Language language : Language.standard()) {
        tests.add(
            DynamicTest.dynamicTest(
                preset.id() + " " + language.code(),
                () -> {
                  String text = TextRenderer.create().render(Policies.document(preset, language));
                  XWPFDocument word = Policies.read(Policies.docx(preset, language));
                  assertThat(DocxText.words(word))
                      .hasSizeGreaterThan(100)
                      .isEqualTo(DocxText.plainWords(text));
                }));
      }
    }
    return tests;
  }

  @Test
  void word_styles_and_numbering_are_defined_and_used() throws IOException {
    try (XWPFDocument word = Policies.read(Policies.docx(Preset.BALANCED, Language.DANISH))) {
      for (String style :
          List.of("Normal", "Title", "Heading1", "Heading2", "Heading3", "ListBullet", "Quote")) {
        assertThat(word.getStyles().styleExist(style)).as(style + " in " + styleIds(word)).isTrue();
      }
      assertThat(word.getStyles().getStyle("ListBullet").getName()).isEqualTo("List Bullet");
      assertThat(word.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
      Map<String, List<String>> byStyle = new LinkedHashMap<>();
      for (XWPFParagraph paragraph : word.getParagraphs()) {
        byStyle
            .computeIfAbsent(String.valueOf(paragraph.getStyle()), s -> new ArrayList<>())
            .add(paragraph.getText());
      }
      assertThat(byStyle.get("Title")).hasSize(1);
      assertThat(byStyle.get("Heading1")).isNotEmpty().noneMatch(h -> h.matches("^\\d.*"));
      assertThat(byStyle.get("Heading2"))
          .hasSizeGreaterThan(byStyle.getOrDefault("Heading1", List.of()).size());
      assertThat(byStyle).doesNotContainKey("null");
      String numbering =
          part(Policies.docx(Preset.BALANCED, Language.DANISH), "word/numbering.xml");
      assertThat(numbering)
          .contains("<w:pStyle w:val=\"Heading1\"/><w:lvlText w:val=\"%1.\"/>")
          .contains("<w:pStyle w:val=\"Heading2\"/><w:lvlText w:val=\"%1.%2\"/>")
          .contains("<w:numFmt w:val=\"bullet\"/><w:pStyle w:val=\"ListBullet\"/>");
      String styles = part(Policies.docx(Preset.BALANCED, Language.DANISH), "word/styles.xml");
      assertThat(styles)
          .contains("w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>")
          .containsPattern(
              "styleId=\"Heading1\".*?<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/>")
          .containsPattern("styleId=\"ListBullet\".*?<w:numPr><w:numId w:val=\"2\"/>");
    }
  }

  @Test
  void list_items_and_notes_have_their_styles_and_no_marks_of_their_own() throws IOException {
    Document document =
        new Document(
            Language.ENGLISH,
            "T",
            List.of(),
            List.of(new Block.BulletList(List.of("one", "two"))),
            List.of(
                new Chapter("C", List.of(new Section("S", List.of(new Block.Note("careful")))))),
            List.of());
    try (XWPFDocument word = Policies.read(Policies.docx(document))) {
      List<String> styled = new ArrayList<>();
      word.getParagraphs().forEach(p -> styled.add(p.getStyle() + ": " + p.getText()));
      assertThat(styled)
          .containsSubsequence(
              "Title: T",
              "ListBullet: one",
              "ListBullet: two",
              "Heading1: C",
              "Heading2: S",
              "Quote: careful");
    }
  }

  @Test
  void the_metadata_is_a_table_of_labels_and_values() throws IOException {
    Document document = Policies.document(Preset.BALANCED, Language.SWEDISH);
    try (XWPFDocument word = Policies.read(Policies.docx(Preset.BALANCED, Language.SWEDISH))) {
      assertThat(word.getTables()).hasSize(1);
      XWPFTable table = word.getTables().get(0);
      assertThat(table.getStyleID()).isEqualTo("TableGrid");
      List<Field> fields = new ArrayList<>();
      table
          .getRows()
          .forEach(r -> fields.add(new Field(r.getCell(0).getText(), r.getCell(1).getText())));
      assertThat(fields).isEqualTo(document.metadata());
      assertThat(table.getRow(0).getCell(0).getParagraphArray(0).getRuns().get(0).isBold())
          .isTrue();
      assertThat(table.getRow(0).getCell(1).getParagraphArray(0).getRuns().get(0).isBold())
          .isFalse();
    }
  }

  @TestFactory
  List<DynamicTest> the_language_is_set_on_the_styles_every_run_and_the_properties() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Language language : Language.standard()) {
      tests.add(
          DynamicTest.dynamicTest(
              language.code(),
              () -> {
                String tag = TAGS.getOrDefault(language, "");
                byte[] docx = Policies.docx(Preset.RESTRICTIVE, language);
                assertThat(part(docx, "word/styles.xml")).contains("<w:lang w:val=\"" + tag + "\"");
                try (XWPFDocument word = Policies.read(docx)) {
                  List<XWPFRun> runs = new ArrayList<>();
                  word.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
                  word.getFooterList()
                      .forEach(f -> f.getParagraphs().forEach(p -> runs.addAll(p.getRuns())));
                  assertThat(runs).hasSizeGreaterThan(50).allMatch(r -> tag.equals(r.getLang()));
                  assertThat(
                          word.getProperties()
                              .getCoreProperties()
                              .getUnderlyingProperties()
                              .getLanguageProperty())
                      .contains(tag);
                }
              }));
    }
    return tests;
  }

  @Test
  void the_core_properties_hold_title_owner_version_and_the_effective_date() throws IOException {
    Document document = Policies.document(Preset.ENCOURAGING, Language.DUTCH);
    try (XWPFDocument word = Policies.read(Policies.docx(Preset.ENCOURAGING, Language.DUTCH))) {
      POIXMLProperties properties = word.getProperties();
      POIXMLProperties.CoreProperties core = properties.getCoreProperties();
      assertThat(core.getTitle()).isEqualTo(document.title());
      assertThat(core.getCreator()).isEqualTo("hr@acme.example");
      assertThat(core.getLastModifiedByUser()).isEqualTo("hr@acme.example");
      assertThat(core.getVersion()).isEqualTo("1.0.0");
      assertThat(core.getCreated().toInstant()).hasToString("2027-01-01T00:00:00Z");
      assertThat(core.getModified().toInstant()).hasToString("2027-01-01T00:00:00Z");
      assertThat(properties.getCustomProperties().getProperty("Version").getLpwstr())
          .isEqualTo("1.0.0");
      assertThat(properties.getExtendedProperties().getApplication()).isEqualTo("Guidepost");
    }
  }

  @Test
  void without_the_policy_the_dates_are_1980_and_there_is_no_owner_or_version() throws IOException {
    try (XWPFDocument word = Policies.read(Policies.docx(small("Policy", "Text")))) {
      POIXMLProperties.CoreProperties core = word.getProperties().getCoreProperties();
      assertThat(core.getTitle()).isEqualTo("Policy");
      assertThat(core.getCreator()).isNull();
      assertThat(core.getVersion()).isNull();
      assertThat(core.getCreated().toInstant()).hasToString("1980-01-01T00:00:00Z");
      assertThat(word.getProperties().getCustomProperties().contains("Version")).isFalse();
      String footer = word.getFooterList().get(0).getText();
      assertThat(footer).doesNotContain("Version").contains("Page").contains("of");
    }
  }

  @Test
  void the_footer_holds_the_version_and_page_fields_and_a_toc_field_follows_the_metadata()
      throws IOException {
    byte[] docx = Policies.docx(Preset.BALANCED, Language.NORWEGIAN);
    String footer = part(docx, "word/footer1.xml");
    assertThat(footer)
        .contains(">Versjon 1.0.0 · </w:t>")
        .contains(">Side </w:t>")
        .doesNotContain("<w:r><w:rPr><w:lang w:val=\"nb-NO\"/></w:rPr></w:r>")
        .contains("<w:instrText> PAGE </w:instrText>")
        .contains("<w:instrText> NUMPAGES </w:instrText>")
        .contains(" av ");
    String body = part(docx, "word/document.xml");
    assertThat(body)
        .contains("<w:instrText> TOC \\o \"1-2\" \\h \\z \\u </w:instrText>")
        .contains("Innhold")
        .containsPattern("</w:tbl>.*TOCHeading.*TOC1.*Heading1");
    assertThat(part(docx, "word/settings.xml")).contains("updateFields");
    assertThat(part(docx, "word/document.xml")).contains("w:footerReference");
  }

  @Test
  void equal_input_gives_byte_identical_files_in_any_time_zone() throws IOException {
    byte[] first = Policies.docx(Preset.BALANCED, Language.ENGLISH);
    TimeZone zone = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      assertThat(Policies.docx(Preset.BALANCED, Language.ENGLISH)).isEqualTo(first);
    } finally {
      TimeZone.setDefault(zone);
    }
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
      List<String> names = new ArrayList<>();
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        names.add(entry.getName());
        assertThat(entry.getTimeLocal()).isEqualTo(LocalDateTime.of(1980, 2, 1, 0, 0));
      }
      assertThat(names.get(0)).isEqualTo("[Content_Types].xml");
    }
    assertThat(Policies.docx(Preset.BALANCED, Language.DANISH)).isNotEqualTo(first);
  }

  @Test
  void hostile_text_stays_inert_text() throws IOException {
    List<String> hostile =
        List.of(
            "</w:t></w:r><w:fldSimple w:instr=\"DATE\"/><w:r><w:t>",
            "{ DATE \\@ \"yyyy\" } and { MERGEFIELD x }",
            "]]> <![CDATA[ x ]]> &amp; & < > \" '",
            "nul\u0000bell\u0007 vertical\u000b form\u000c del\u007f c1\u0085",
            "lone \uD800 high and \uDC00 low, \uFFFE \uFFFF, a pair \uD83D\uDE00",
            "line one\nline two\u2028three");
    String joined = String.join(" ", hostile);
    Document document =
        new Document(
            Language.ENGLISH,
            joined,
            hostile.stream().map(t -> new Field(t, t)).toList(),
            List.of(new Block.Paragraph(joined)),
            List.of(
                new Chapter(
                    joined,
                    List.of(
                        new Section(
                            joined,
                            List.of(new Block.BulletList(hostile), new Block.Note(joined)))))),
            List.of(new Block.Paragraph(joined)));
    byte[] docx = Policies.docx(document);
    String body = part(docx, "word/document.xml");
    assertThat(body).doesNotContain("<w:fldSimple").doesNotContain("<![CDATA[");
    assertThat(body.split("<w:instrText", -1)).hasSize(2);
    String safe =
        "</w:t></w:r><w:fldSimple w:instr=\"DATE\"/><w:r><w:t> { DATE \\@ \"yyyy\" } and {"
            + " MERGEFIELD x } ]]> <![CDATA[ x ]]> &amp; & < > \" ' nul bell vertical form del c1"
            + " lone \uFFFD high and \uFFFD low, \uFFFD \uFFFD, a pair \uD83D\uDE00 line one line"
            + " two three";
    try (XWPFDocument word = Policies.read(docx)) {
      assertThat(word.getProperties().getCoreProperties().getTitle()).isEqualTo(safe);
      List<String> texts = new ArrayList<>();
      word.getParagraphs().stream()
          .filter(p -> !String.valueOf(p.getStyle()).startsWith("TOC"))
          .forEach(p -> texts.add(p.getText()));
      assertThat(texts).hasSize(12).allMatch(t -> safe.contains(t) && !t.isEmpty());
      assertThat(texts.get(0)).isEqualTo(safe);
      assertThat(word.getTables().get(0).getRow(3).getCell(1).getText())
          .isEqualTo("nul bell vertical form del c1");
    }
  }

  @Test
  void a_table_is_a_bold_caption_kept_with_a_grid_whose_bold_header_repeats() throws IOException {
    Block.Table history =
        new Block.Table(
            "Change history",
            List.of("Version", "What changed"),
            List.of(List.of("1.0.0", "First <version> & more."), List.of("2.0.0", "Second.")));
    Document document =
        new Document(Language.ENGLISH, "Policy", List.of(), List.of(), List.of(), List.of(history));
    try (XWPFDocument word = Policies.read(Policies.docx(document))) {
      XWPFParagraph caption =
          word.getParagraphs().stream()
              .filter(p -> p.getText().equals("Change history"))
              .findFirst()
              .orElseThrow();
      assertThat(caption.getStyle()).isEqualTo("Normal");
      assertThat(caption.getRuns().get(0).isBold()).isTrue();
      assertThat(caption.getCTP().getPPr().isSetKeepNext()).isTrue();
      assertThat(word.getTables()).hasSize(1);
      XWPFTable table = word.getTables().get(0);
      assertThat(table.getStyleID()).isEqualTo("TableGrid");
      assertThat(table.getRows()).hasSize(3);
      assertThat(table.getRow(0).isRepeatHeader()).isTrue();
      assertThat(table.getRow(1).isRepeatHeader()).isFalse();
      List<List<String>> cells = new ArrayList<>();
      for (var row : table.getRows()) {
        cells.add(row.getTableCells().stream().map(c -> c.getText()).toList());
      }
      assertThat(cells)
          .containsExactly(
              List.of("Version", "What changed"),
              List.of("1.0.0", "First <version> & more."),
              List.of("2.0.0", "Second."));
      assertThat(table.getRow(0).getCell(1).getParagraphArray(0).getRuns().get(0).isBold())
          .isTrue();
      assertThat(table.getRow(1).getCell(1).getParagraphArray(0).getRuns().get(0).isBold())
          .isFalse();
      assertThat(table.getRow(2).getCell(0).getParagraphArray(0).getRuns().get(0).getLang())
          .isEqualTo("en-GB");
    }
  }

  @Test
  void a_language_without_words_of_its_own_uses_the_english_ones_and_its_code() throws IOException {
    Document document =
        new Document(
            Language.of("de"),
            "Richtlinie",
            List.of(),
            List.of(),
            List.of(
                new Chapter(
                    "Kapitel",
                    List.of(new Section("Abschnitt", List.of(new Block.Paragraph("Text")))))),
            List.of());
    byte[] docx = Policies.docx(document);
    assertThat(part(docx, "word/styles.xml")).contains("<w:lang w:val=\"de\"");
    try (XWPFDocument word = Policies.read(docx)) {
      assertThat(word.getTables()).isEmpty();
      assertThat(word.getParagraphs().get(1).getText()).isEqualTo("Contents");
      assertThat(word.getParagraphs().get(2).getText())
          .isEqualTo("Update this field (F9) to show the table of contents.");
    }
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void null_arguments_are_named() {
    DocxRenderer renderer = DocxRenderer.create();
    Document document = small("T", "x");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> renderer.render(null, out)).hasMessage("document");
    assertThatThrownBy(() -> renderer.render(document, null)).hasMessage("out");
    assertThatThrownBy(() -> renderer.render(document, null, out)).hasMessage("policy");
    assertThat(DocxRenderer.create()).isSameAs(renderer);
  }

  @Test
  void heading_levels_indent_and_outline_by_depth_and_styles_build_on_normal() throws IOException {
    byte[] docx = Policies.docx(Preset.BALANCED, Language.ENGLISH);
    assertThat(part(docx, "word/numbering.xml"))
        .contains("<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>")
        .contains(
            "Heading1\"/><w:lvlText w:val=\"%1.\"/><w:lvlJc w:val=\"left\"/><w:pPr>"
                + "<w:ind w:left=\"432\" w:hanging=\"432\"/>")
        .contains(
            "Heading2\"/><w:lvlText w:val=\"%1.%2\"/><w:lvlJc w:val=\"left\"/><w:pPr>"
                + "<w:ind w:left=\"576\" w:hanging=\"576\"/>")
        .contains(
            "Heading3\"/><w:lvlText w:val=\"%1.%2.%3\"/><w:lvlJc w:val=\"left\"/><w:pPr>"
                + "<w:ind w:left=\"720\" w:hanging=\"720\"/>");
    String styles = part(docx, "word/styles.xml");
    assertThat(styles)
        .contains(
            "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
                + "<w:name w:val=\"Normal\"/><w:qFormat/></w:style>")
        .contains(
            "<w:style w:type=\"paragraph\" w:styleId=\"Heading3\"><w:name w:val=\"heading 3\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr>"
                + "<w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val=\"2\"/><w:numId w:val=\"1\"/>"
                + "</w:numPr><w:spacing w:before=\"200\" w:after=\"120\"/><w:outlineLvl w:val=\"2\"/>"
                + "</w:pPr><w:rPr><w:b/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr></w:style>")
        .contains(
            "<w:style w:type=\"paragraph\" w:styleId=\"TOC1\"><w:name w:val=\"toc 1\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:after=\"60\"/>"
                + "</w:pPr></w:style>")
        .contains(
            "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
                + "<w:rPr><w:sz w:val=\"18\"/></w:rPr></w:style>");
  }

  @Test
  void the_footer_is_centred_and_each_field_has_its_begin_separator_and_end() throws IOException {
    byte[] docx = Policies.docx(Preset.BALANCED, Language.ENGLISH);
    try (XWPFDocument word = Policies.read(docx)) {
      assertThat(word.getFooterList().get(0).getParagraphs().get(0).getStyle()).isEqualTo("Footer");
    }
    assertThat(part(docx, "word/document.xml"))
        .containsPattern("<w:tblW w:w=\"(100%|5000)\" w:type=\"pct\"/>")
        .containsPattern(
            "fldCharType=\"begin\".*<w:instrText> TOC .*fldCharType=\"separate\".*"
                + "Update this field.*fldCharType=\"end\"");
    assertThat(part(docx, "word/footer1.xml"))
        .containsPattern(
            "fldCharType=\"begin\".*<w:instrText> PAGE </w:instrText>.*fldCharType=\"separate\""
                + ".*<w:t>1</w:t>.*fldCharType=\"end\".*fldCharType=\"begin\".*"
                + "<w:instrText> NUMPAGES </w:instrText>.*fldCharType=\"separate\".*"
                + "<w:t>1</w:t>.*fldCharType=\"end\"");
  }

  @Test
  void a_lone_high_surrogate_at_the_end_of_a_text_is_replaced() throws IOException {
    try (XWPFDocument word = Policies.read(Policies.docx(small("Policy \uD800", "a\uD83D")))) {
      assertThat(word.getProperties().getCoreProperties().getTitle()).isEqualTo("Policy \uFFFD");
      assertThat(word.getParagraphs()).extracting(XWPFParagraph::getText).contains("a\uFFFD");
    }
    String twoBad = "a\uD800b\uFFFEc \uD83D\uDE00";
    try (XWPFDocument word = Policies.read(Policies.docx(small("Smile \uD83D\uDE00", twoBad)))) {
      assertThat(word.getProperties().getCoreProperties().getTitle())
          .isEqualTo("Smile \uD83D\uDE00");
      assertThat(word.getParagraphs())
          .extracting(XWPFParagraph::getText)
          .contains("a\uFFFDb\uFFFDc \uD83D\uDE00");
    }
  }

  @Test
  void the_footer_without_a_version_is_page_n_of_m_in_exactly_its_runs() throws IOException {
    byte[] docx = Policies.docx(small("T", "x"));
    try (XWPFDocument word = Policies.read(docx)) {
      XWPFParagraph footer = word.getFooterList().get(0).getParagraphs().get(0);
      assertThat(footer.getText()).isEqualTo("Page 1 of 1");
      assertThat(footer.getRuns()).hasSize(12);
    }
    assertThat(part(docx, "word/styles.xml"))
        .contains(
            "<w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>");
  }

  private static List<String> styleIds(XWPFDocument word) {
    List<String> ids = new ArrayList<>();
    word.getStyles().getStyles().forEach(s -> ids.add(s.getStyleId()));
    return ids;
  }

  private static Document small(String title, String text) {
    return new Document(
        Language.ENGLISH,
        title,
        List.of(),
        List.of(),
        List.of(new Chapter("C", List.of(new Section("S", List.of(new Block.Paragraph(text)))))),
        List.of());
  }

  static String part(byte[] docx, String name) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals(name)) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no " + name);
  }
}
