package dev.guidepost.render;

import dev.guidepost.policy.model.Language;
import dev.guidepost.render.document.Block;
import dev.guidepost.render.document.Chapter;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.document.Field;
import dev.guidepost.render.document.Section;
import java.util.List;
import java.util.Random;

/** Hand-built documents for the renderers' tests. */
public final class SampleDocuments {
  /** A word of 90 letters, longer than a line of plain text. */
  public static final String LONG_WORD = "x".repeat(90);

  /** Texts that would be markup, structure or a line break if a renderer did not escape them. */
  public static final List<String> HOSTILE_TEXTS =
      List.of(
          "Blåbærgrød på Ærø, ÆØÅ æøå",
          "\"double\" and 'single' quotes",
          "<script>alert(1)</script>",
          "*bold* and _italic_ and **strong**",
          "# not a heading",
          "[link](http://x)",
          "1. not a list",
          "line one\nline two\n\nnew paragraph?",
          "- dash + plus = equals",
          "+ plus",
          "=== underline",
          "> not a quote",
          "`code` and ```fence```",
          "&amp; &copy; &#35; & a lone ampersand",
          "back\\slash\\ at the end\\",
          "<http://autolink.example> and <b>bold</b>",
          "![image](x.png) and [ref]: /url",
          "| a | b |",
          "~~struck~~ and ~~~",
          "Heading with closing #",
          "2) also not a list",
          "    indented code?",
          "***",
          "tab\there and\r\ncarriage return",
          "word " + LONG_WORD + " end");

  private static final String ALPHABET =
      "aZ09 æøÅ\u00a0\n\t" + "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  private SampleDocuments() {}

  /**
   * Returns a text with at least one visible character, of up to 24 characters drawn mostly from
   * ASCII punctuation, with some letters, digits and whitespace.
   *
   * @param random the source of randomness, seeded by the caller for repeatable tests
   * @return the text
   */
  public static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    while (!text.toString().matches("(?s).*[^\\s\\p{Z}\\p{Cc}].*")) {
      text.setLength(0);
      int length = 1 + random.nextInt(24);
      for (int i = 0; i < length; i++) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
    }
    return text.toString();
  }

  /**
   * Returns a small, plain English document with one of every part.
   *
   * @return the document
   */
  public static Document small() {
    return new Document(
        Language.ENGLISH,
        "Social media policy",
        List.of(new Field("Organisation", "Acme A/S"), new Field("Version", "1.2")),
        List.of(new Block.Paragraph("This policy applies to everyone at Acme.")),
        List.of(
            new Chapter(
                "Working hours",
                List.of(
                    new Section(
                        "Time on social media",
                        List.of(
                            new Block.Paragraph("Keep it short."),
                            new Block.BulletList(
                                List.of("Up to 30 minutes a day.", "Not in meetings.")),
                            new Block.Note("Ask your manager if in doubt."))))),
            new Chapter(
                "Confidentiality",
                List.of(
                    new Section("Customers", List.of(new Block.Paragraph("Never name them."))),
                    new Section("Financials", List.of(new Block.Paragraph("Never share them.")))))),
        List.of(new Block.Paragraph("Questions? Ask HR.")));
  }

  /**
   * Returns a Danish document with {@code text} in every place a text can be: title, metadata label
   * and value, chapter and section heading, paragraph, list item and note.
   *
   * @param text the text
   * @return the document
   */
  public static Document everywhere(String text) {
    return new Document(
        Language.DANISH,
        text,
        List.of(new Field(text, text)),
        List.of(new Block.Paragraph(text)),
        List.of(
            new Chapter(
                text,
                List.of(
                    new Section(
                        text,
                        List.of(
                            new Block.Paragraph(text),
                            new Block.BulletList(List.of(text, text)),
                            new Block.BulletList(List.of(text)),
                            new Block.Note(text),
                            new Block.Note(text)))))),
        List.of(new Block.Paragraph(text)));
  }

  /**
   * Returns a Danish document made of all the {@linkplain #HOSTILE_TEXTS hostile texts}.
   *
   * @return the document
   */
  public static Document hostile() {
    List<String> texts = HOSTILE_TEXTS;
    return new Document(
        Language.DANISH,
        "Politik <script>alert(1)</script> for *sociale* medier",
        texts.stream().map(t -> new Field(t, t)).toList(),
        texts.stream().<Block>map(Block.Paragraph::new).toList(),
        texts.stream()
            .map(
                t ->
                    new Chapter(
                        t,
                        List.of(
                            new Section(
                                t,
                                List.of(
                                    new Block.BulletList(texts),
                                    new Block.Note(t),
                                    new Block.Paragraph(t))))))
            .toList(),
        texts.stream().<Block>map(Block.Note::new).toList());
  }

  /**
   * Returns a table like the change history: two revisions, the second with a summary that holds
   * markup of every format and is longer than a line.
   *
   * @return the table
   */
  public static Block.Table historyTable() {
    return new Block.Table(
        "Change history",
        List.of("Version", "Effective from", "What changed"),
        List.of(
            List.of("1.0.0", "1 January 2027", "First version."),
            List.of(
                "2.0.0",
                "1 March 2027",
                "We now read <b>public</b> posts | that *mention* us, and we tell you six weeks"
                    + " before.")));
  }
}
