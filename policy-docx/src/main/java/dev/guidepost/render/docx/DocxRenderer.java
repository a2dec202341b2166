package dev.guidepost.render.docx;

import dev.guidepost.policy.check.ValidatedPolicy;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.docx.internal.FixedZip;
import dev.guidepost.render.docx.internal.WordLanguage;
import dev.guidepost.render.docx.internal.WordStyles;
import dev.guidepost.render.docx.internal.WordText;
import dev.guidepost.render.docx.internal.WordWriting;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Renders a document as a Word document (DOCX, Office Open XML), walking it once as the text,
 * Markdown and HTML renderers do.
 *
 * <p>The DOCX uses Word's own styles ({@code Title}, {@code Heading1} and {@code Heading2}, {@code
 * List Bullet}, {@code Normal}, {@code Quote} for notes), so that a reader can restyle it; chapters
 * and sections are numbered by Word's numbering ("1.", "1.1"), not by literal text. The metadata is
 * a table under the title, followed by a table of contents field that Word fills when it updates
 * the document's fields (it asks when the file is opened). The footer holds the version, if the
 * policy has one, and "page N of M" fields. The document language (such as {@code da-DK}) is set as
 * the default of the styles, on every run of text and in the core properties, so Word checks the
 * spelling in the policy's language. The core properties hold the title and, when the policy is
 * given, its owner as creator and its version (also as the custom property {@code Version}).
 *
 * <p>Every text is plain and stays plain: markup characters are escaped, characters XML cannot hold
 * become U+FFFD, a run of whitespace or control characters is one space, and text that looks like a
 * Word field is text; only the renderer writes fields. Output is deterministic: equal input gives
 * byte-identical files, with every zip entry dated 1 February 1980 and the created and modified
 * dates taken from the policy's effective date (or 1 January 1980). Immutable and thread-safe;
 * obtain it from {@link #create()}.
 *
 * <pre>{@code
 * ValidatedPolicy policy = StandardRules.checker().validate(draft);
 * Document document = Composer.standard().compose(policy, Language.DANISH);
 * try (OutputStream out = Files.newOutputStream(Path.of("policy.docx"))) {
 *   DocxRenderer.create().render(document, policy, out);
 * }
 * }</pre>
 */
public final class DocxRenderer {
  private static final DocxRenderer INSTANCE = new DocxRenderer();
  private static final LocalDate EPOCH = LocalDate.of(1980, 1, 1);

  static {
    // XMLBeans writes a text with many markup characters as CDATA, which Word may refuse; POI's
    // parts copy these options when they are saved, so text is always written as escaped text
    POIXMLTypeLoader.DEFAULT_XML_OPTIONS.setSaveCDataLengthThreshold(Integer.MAX_VALUE);
    POIXMLTypeLoader.DEFAULT_XML_OPTIONS.setSaveCDataEntityCountThreshold(Integer.MAX_VALUE);
  }

  private DocxRenderer() {}

  /**
   * Returns the DOCX renderer.
   *
   * @return the renderer, a shared instance
   */
  public static DocxRenderer create() {
    return INSTANCE;
  }

  /**
   * Writes the document as DOCX, with the title and language as its properties.
   *
   * @param document the document
   * @param out where to write; not closed
   * @throws IOException if {@code out} throws it; the output is then incomplete
   */
  public void render(Document document, OutputStream out) throws IOException {
    write(document, Optional.empty(), Optional.empty(), Optional.empty(), out);
  }

  /**
   * Writes the document as DOCX, with the owner, version and effective date of the policy it was
   * composed from as its properties and the version in its footer.
   *
   * @param document the document
   * @param policy the policy the document was composed from
   * @param out where to write; not closed
   * @throws IOException if {@code out} throws it; the output is then incomplete
   */
  public void render(Document document, ValidatedPolicy policy, OutputStream out)
      throws IOException {
    Policy details = Objects.requireNonNull(policy, "policy").policy();
    write(document, details.owner(), details.version(), details.effectiveFrom(), out);
  }

  private static void write(
      Document document,
      Optional<String> owner,
      Optional<String> version,
      Optional<LocalDate> effective,
      OutputStream out)
      throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    WordLanguage language = WordLanguage.of(document.language());
    Optional<String> safeVersion = version.map(WordText::of).filter(v -> !v.isEmpty());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    try (XWPFDocument word = new XWPFDocument()) {
      word.createStyles()
          .setStyles(StylesDocument.Factory.parse(WordStyles.styles(language.tag())).getStyles());
      word.createNumbering()
          .setNumbering(NumberingDocument.Factory.parse(WordStyles.numbering()).getNumbering());
      document.accept(new WordWriting(word, language, safeVersion));
      word.enforceUpdateFields();
      properties(word.getProperties(), document, language, owner, safeVersion, effective);
      word.write(bytes);
    } catch (XmlException e) {
      throw new IllegalStateException("the built-in styles do not parse", e);
    }
    FixedZip.copy(bytes.toByteArray(), out);
  }

  private static void properties(
      POIXMLProperties properties,
      Document document,
      WordLanguage language,
      Optional<String> owner,
      Optional<String> version,
      Optional<LocalDate> effective) {
    POIXMLProperties.CoreProperties core = properties.getCoreProperties();
    core.setTitle(WordText.of(document.title()));
    String name = owner.map(WordText::of).orElse(null);
    core.setCreator(name);
    core.setLastModifiedByUser(name);
    version.ifPresent(
        v -> {
          core.setVersion(v);
          properties.getCustomProperties().addProperty("Version", v);
        });
    Date date = Date.from(effective.orElse(EPOCH).atStartOfDay(ZoneOffset.UTC).toInstant());
    core.setCreated(Optional.of(date));
    core.setModified(Optional.of(date));
    core.getUnderlyingProperties().setLanguageProperty(language.tag());
    properties.getExtendedProperties().setApplication("Guidepost");
  }
}
