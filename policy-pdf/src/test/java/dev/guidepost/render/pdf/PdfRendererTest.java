package dev.guidepost.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.render.document.Chapter;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.document.Section;
import dev.guidepost.render.text.TextRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class PdfRendererTest {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  @TestFactory
  List<DynamicTest> the_text_of_every_preset_in_every_language_is_the_plain_texts_words() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Preset preset : Preset.values()) {
      for (Language language : Language.standard()) {
        tests.add(
            DynamicTest.dynamicTest(
                preset.id() + " " + language.code(),
                () -> {
                  Document document = Policies.document(preset, language);
                  byte[] pdf = PdfRenderer.create().render(document);
                  if (Boolean.getBoolean("guidepost.pdf.keep")) {
                    Path dir = Path.of("target/pdf");
                    Files.createDirectories(dir);
                    Files.write(dir.resolve(preset.id() + "-" + language.code() + ".pdf"), pdf);
                  }
                  assertThat(words(text(pdf)))
                      .isEqualTo(words(TextRenderer.create().render(document)));
                }));
      }
    }
    return tests;
  }

  /** The text PDFBox extracts, page by page, without the page numbers at the foot of each page. */
  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      int pages = document.getNumberOfPages();
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= pages; page++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        List<String> lines = new ArrayList<>(stripper.getText(document).lines().toList());
        assertThat(lines.remove(page + " / " + pages)).as("page number on page %d", page).isTrue();
        lines.forEach(line -> text.append(line).append('\n'));
      }
      return text.toString();
    }
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      words.add(matcher.group());
    }
    return words;
  }

  static List<String> headings(Document document) {
    List<String> headings = new ArrayList<>();
    int chapterNumber = 0;
    for (Chapter chapter : document.chapters()) {
      chapterNumber++;
      headings.add(chapterNumber + ". " + chapter.heading());
      int sectionNumber = 0;
      for (Section section : chapter.sections()) {
        sectionNumber++;
        headings.add("  " + chapterNumber + "." + sectionNumber + " " + section.heading());
      }
    }
    return headings;
  }
}
