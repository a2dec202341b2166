package dev.guidepost.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Revision;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.text.TextRenderer;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

class PdfPropertiesTest {
  @BeforeAll
  static void initialiseVeraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  static List<Language> languages() {
    return Language.standard();
  }

  @ParameterizedTest
  @EnumSource(
      value = PDFAFlavour.class,
      names = {"PDFUA_1", "PDFA_2_A"})
  void every_language_passes_verapdf(PDFAFlavour flavour) throws Exception {
    for (Language language : Language.standard()) {
      byte[] pdf = PdfRenderer.create().render(Policies.document(Preset.BALANCED, language));
      assertThat(failures(pdf, flavour)).as("%s in %s", flavour, language).isEmpty();
    }
  }

  @Test
  void hostile_user_text_passes_verapdf_and_stays_text() throws Exception {
    String hostile =
        "<script>alert(1)</script> ]]> <!-- x --> &amp; <h2 id=\"c1\">Fake</h2> </bookmark>"
            + " \"'%PDF-1.7 /JavaScript (x) æøå äö é ĳ";
    Document document = Policies.document(Preset.RESTRICTIVE, Language.DUTCH, hostile);
    byte[] pdf = PdfRenderer.create().render(document);
    assertThat(failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
    assertThat(PdfRendererTest.words(PdfRendererTest.text(pdf)))
        .isEqualTo(PdfRendererTest.words(TextRenderer.create().render(document)));
    try (PDDocument loaded = Loader.loadPDF(pdf)) {
      assertThat(bookmarks(loaded)).isEqualTo(PdfRendererTest.headings(document));
      assertThat(loaded.getDocumentInformation().getTitle()).isEqualTo(document.title());
      assertThat(loaded.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.NAMES))
          .isNull();
      assertThat(loaded.getDocumentCatalog().getOpenAction()).isNull();
    }
  }

  @Test
  void a_change_history_table_passes_verapdf_and_keeps_its_words() throws Exception {
    String hostile = "<td>Fake</td> </table> & | *x* æøå";
    List<Revision> earlier =
        List.of(
            Revision.builder()
                .version("0.9.0")
                .effectiveFrom(LocalDate.of(2026, 6, 1))
                .putSummary(Language.DANISH, "Første udkast, kun på dansk.")
                .build());
    Document document = Policies.document(Preset.BALANCED, Language.SWEDISH, hostile, earlier);
    byte[] pdf = PdfRenderer.create().render(document);
    assertThat(failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
    String text = PdfRendererTest.text(pdf);
    assertThat(PdfRendererTest.words(text))
        .isEqualTo(PdfRendererTest.words(TextRenderer.create().render(document)));
    assertThat(text).contains("Versionshistorik").contains("0.9.0").contains("</table>");
  }

  @Test
  void the_output_intent_is_the_jdk_s_srgb_profile_with_no_platform_named() throws IOException {
    byte[] jdk = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    byte[] pdf = PdfRenderer.create().render(Policies.document(Preset.BALANCED, Language.ENGLISH));
    try (PDDocument loaded = Loader.loadPDF(pdf)) {
      List<PDOutputIntent> intents = loaded.getDocumentCatalog().getOutputIntents();
      assertThat(intents).hasSize(1);
      byte[] embedded;
      try (InputStream in = intents.get(0).getDestOutputIntent().createInputStream()) {
        embedded = in.readAllBytes();
      }
      // the primary platform (bytes 40 to 43) differs between JDK releases; it names no colour
      assertThat(Arrays.copyOfRange(embedded, 40, 44)).containsOnly(0);
      assertThat(Arrays.copyOfRange(embedded, 0, 40)).isEqualTo(Arrays.copyOfRange(jdk, 0, 40));
      assertThat(Arrays.copyOfRange(embedded, 44, embedded.length))
          .isEqualTo(Arrays.copyOfRange(jdk, 44, jdk.length));
    }
  }

  @ParameterizedTest
  @MethodSource("languages")
  void title_language_bookmarks_and_embedded_fonts(Language language) throws IOException {
    Document document = Policies.document(Preset.ENCOURAGING, language);
    byte[] pdf = PdfRenderer.create().render(document);
    try (PDDocument loaded = Loader.loadPDF(pdf)) {
      assertThat(loaded.getDocumentInformation().getTitle()).isEqualTo(document.title());
      assertThat(loaded.getDocumentCatalog().getLanguage()).isEqualTo(language.code());
      String xmp;
      try (InputStream in = loaded.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
        xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertThat(xmp)
          .contains("<dc:language><rdf:Bag><rdf:li>" + language.code() + "</rdf:li>")
          .contains("<xmp:CreateDate>2000-01-01T00:00:00+00:00</xmp:CreateDate>")
          .contains("<pdfuaid:part>1</pdfuaid:part>");
      assertThat(loaded.getDocumentInformation().getCreationDate().getTimeInMillis())
          .isEqualTo(946_684_800_000L);
      assertThat(bookmarks(loaded)).isEqualTo(PdfRendererTest.headings(document));
      assertThat(loaded.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      List<String> fonts = new ArrayList<>();
      for (PDPage page : loaded.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          fonts.add(font.getName().substring(7));
        }
      }
      assertThat(fonts).isNotEmpty().allMatch(name -> name.startsWith("DejaVuSans"));
    }
  }

  @Test
  void equal_documents_give_byte_identical_pdfs_and_different_ones_different_ids()
      throws IOException {
    Document document = Policies.document(Preset.BALANCED, Language.SWEDISH);
    byte[] first = PdfRenderer.create().render(document);
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    PdfRenderer.create().render(Policies.document(Preset.BALANCED, Language.SWEDISH), second);
    assertThat(second.toByteArray()).isEqualTo(first);
    byte[] other = PdfRenderer.create().render(Policies.document(Preset.BALANCED, Language.DUTCH));
    try (PDDocument a = Loader.loadPDF(first);
        PDDocument b = Loader.loadPDF(other)) {
      assertThat(a.getDocument().getTrailer().getCOSArray(COSName.ID).toList())
          .isNotEqualTo(b.getDocument().getTrailer().getCOSArray(COSName.ID).toList());
    }
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void null_arguments_are_refused() {
    Document document = Policies.document(Preset.BALANCED, Language.ENGLISH);
    assertThatNullPointerException()
        .isThrownBy(() -> PdfRenderer.create().render(null, new ByteArrayOutputStream()))
        .withMessage("document");
    assertThatNullPointerException()
        .isThrownBy(() -> PdfRenderer.create().render(document, null))
        .withMessage("out");
  }

  /** The outline as indented lines: a chapter, then its sections indented by two spaces. */
  static List<String> bookmarks(PDDocument pdf) {
    List<String> lines = new ArrayList<>();
    for (PDOutlineItem chapter : pdf.getDocumentCatalog().getDocumentOutline().children()) {
      lines.add(chapter.getTitle());
      for (PDOutlineItem section : chapter.children()) {
        lines.add("  " + section.getTitle());
      }
    }
    return lines;
  }

  /** The rules of the flavour that the PDF breaks, each with its first failed check. */
  static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
    try (PDFAParser parser =
            Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      assertThat(result.getPDFAFlavour()).isEqualTo(flavour);
      assertThat(result.getTotalAssertions()).as("checks run").isGreaterThan(100);
      List<String> failed = new ArrayList<>();
      result.getTestAssertions().stream()
          .filter(a -> a.getStatus() != org.verapdf.pdfa.results.TestAssertion.Status.PASSED)
          .forEach(a -> failed.add(a.getRuleId() + ": " + a.getMessage()));
      if (!result.isCompliant() && failed.isEmpty()) {
        failed.add("not compliant");
      }
      return failed.stream().distinct().toList();
    }
  }
}
