package dev.guidepost.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import dev.guidepost.render.document.Document;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Renders a document as PDF that is tagged for accessibility (PDF/UA-1) and fit for archiving
 * (PDF/A-2a), laid out by openhtmltopdf from the HTML renderer's article with a print style sheet.
 *
 * <p>Guarantees: the PDF embeds subsets of DejaVu Sans (regular and bold, under the Bitstream Vera
 * licence shipped beside them), which covers every letter of the five languages, each letter its
 * own glyph (no ligatures, so extracted text is searchable); its structure tree tags the title,
 * headings, paragraphs, lists and notes; its outline has a bookmark per chapter with a bookmark per
 * section under it, named like the headings; its metadata (document information and XMP) hold the
 * document's title, and its catalogue the document's language. Every text is escaped by the HTML
 * renderer before layout, so no user text is read as markup. Loading this class switches
 * openhtmltopdf's own logging off for the whole runtime (openhtmltopdf keeps that switch in a
 * global): its notes on standard error are meant for its developers. Output is deterministic: equal
 * documents give byte-identical PDFs on the same Java runtime, with the creation date fixed at
 * {@code 2000-01-01T00:00:00Z} and a document id computed from the document information rather than
 * the clock. Immutable and thread-safe; obtain it from {@link #create()}.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(path)) {
 *   PdfRenderer.create().render(document, out);
 * }
 * }</pre>
 */
public final class PdfRenderer {
  private static final PdfRenderer INSTANCE = new PdfRenderer();

  /** The fixed creation date of every PDF. */
  private static final long EPOCH_MILLIS = 946_684_800_000L;

  /** The seed of the document id, fixed so that the id depends on the metadata only. */
  private static final long DOCUMENT_ID_SEED = 15L;

  private static final String XMP_EPOCH = "2000-01-01T00:00:00+00:00";

  private static final Pattern CREATE_DATE =
      Pattern.compile("<xmp:CreateDate>[^<]*</xmp:CreateDate>");

  private static final Pattern FORMAT = Pattern.compile("<dc:format>application/pdf</dc:format>");

  private static final String FONT_FAMILY = "DejaVu Sans";

  static {
    XRLog.setLoggingEnabled(false);
  }

  private PdfRenderer() {}

  /**
   * Returns the renderer.
   *
   * @return the renderer, a shared instance
   */
  public static PdfRenderer create() {
    return INSTANCE;
  }

  /**
   * Writes the document as PDF to {@code out}.
   *
   * @param document the document
   * @param out where to write; not closed
   * @throws IOException if {@code out} throws it; the output is then incomplete
   */
  public void render(Document document, OutputStream out) throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
    PDDocument target = new PDDocument();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.usePDDocument(target);
    builder.useFastMode();
    builder.usePdfUaAccessibility(true);
    builder.usePdfAConformance(PdfAConformance.PDFA_2_A);
    builder.useColorProfile(Resources.SRGB);
    builder.useFont(font(target, Resources.REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
    builder.useFont(font(target, Resources.BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
    builder.withProducer("Guidepost");
    builder.withHtmlContent(PrintPage.of(document), null);
    builder.toStream(pdf);
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.setListener(new Finisher(document.language().code()));
      renderer.createPDF();
    }
    pdf.writeTo(out);
  }

  /**
   * Loads a font into the PDF without its glyph substitutions, so that PDFBox writes every letter
   * as its own glyph: with them it joins "fi", "fl" and "ff" into ligature glyphs, which text
   * extraction and search then see as the characters U+FB00 to U+FB04 rather than the letters.
   */
  private static PDFontSupplier font(PDDocument target, byte[] ttf) throws IOException {
    TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
    font.setEnableGsub(false);
    return new PDFontSupplier(PDType0Font.load(target, font, true));
  }

  /**
   * Returns the document as PDF bytes: what {@link #render(Document, OutputStream)} writes.
   *
   * @param document the document
   * @return the PDF
   */
  public byte[] render(Document document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      render(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Just before the PDF is written: fixes its creation date in the document information and the XMP
   * metadata, adds the language to the XMP metadata ({@code dc:language}) and fixes the seed of the
   * document id. openhtmltopdf writes the XMP packet itself, with the time of rendering as its only
   * date; the packet is edited as text because PDFBox's XMP parser refuses the PDF/UA schema that
   * openhtmltopdf declares in it.
   */
  private static final class Finisher implements PDFCreationListener {
    private final String language;

    Finisher(String language) {
      this.language = language;
    }

    @Override
    public void preOpen(PdfBoxRenderer renderer) {}

    @Override
    public void preWrite(PdfBoxRenderer renderer, int pageCount) {}

    @Override
    public void onClose(PdfBoxRenderer renderer) {
      PDDocument pdf = renderer.getPdfDocument();
      Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
      date.setTimeInMillis(EPOCH_MILLIS);
      pdf.getDocumentInformation().setCreationDate(date);
      pdf.setDocumentId(DOCUMENT_ID_SEED);
      PDMetadata stream = pdf.getDocumentCatalog().getMetadata();
      try (InputStream in = stream.exportXMPMetadata()) {
        replaceColourProfile(pdf);
        String xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        String fixed =
            replaceOnce(xmp, CREATE_DATE, "<xmp:CreateDate>" + XMP_EPOCH + "</xmp:CreateDate>");
        fixed =
            replaceOnce(
                fixed,
                FORMAT,
                "$0<dc:language><rdf:Bag><rdf:li>"
                    + language
                    + "</rdf:li></rdf:Bag></dc:language>");
        stream.importXMPMetadata(fixed.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * PDFBox reads the output intent's profile through {@code ICC_Profile}, which hands back the
     * JDK's own sRGB data with the JDK's platform in its header; the stream is written again with
     * the profile whose platform is cleared, so that every JDK writes the same bytes.
     */
    private static void replaceColourProfile(PDDocument pdf) throws IOException {
      for (PDOutputIntent intent : pdf.getDocumentCatalog().getOutputIntents()) {
        COSStream profile = intent.getDestOutputIntent();
        try (OutputStream out = profile.createOutputStream(COSName.FLATE_DECODE)) {
          out.write(Resources.SRGB);
        }
      }
    }

    private static String replaceOnce(String xmp, Pattern pattern, String replacement) {
      Matcher matcher = pattern.matcher(xmp);
      if (!matcher.find()) {
        throw new IllegalStateException("openhtmltopdf's XMP metadata lacks " + pattern);
      }
      return matcher.replaceFirst(replacement);
    }
  }

  /** The fonts and the colour profile, read once. */
  private static final class Resources {
    static final byte[] REGULAR = read("DejaVuSans.ttf");
    static final byte[] BOLD = read("DejaVuSans-Bold.ttf");
    static final byte[] SRGB =
        withoutPlatform(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());

    /** The header's primary-platform field, which names the JDK's build platform, not a colour. */
    private static final int PLATFORM_OFFSET = 40;

    private static final int PLATFORM_LENGTH = 4;

    /**
     * Returns the profile with its primary platform cleared ("none", as the ICC header allows): the
     * JDK's sRGB profile names a different platform from one release to another (APPL in 17, MSFT
     * in 25), and the same colours must give the same bytes on every JDK.
     */
    static byte[] withoutPlatform(byte[] profile) {
      byte[] copy = profile.clone();
      Arrays.fill(copy, PLATFORM_OFFSET, PLATFORM_OFFSET + PLATFORM_LENGTH, (byte) 0);
      return copy;
    }

    private Resources() {}

    private static byte[] read(String name) {
      try (InputStream in = PdfRenderer.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing font resource " + name);
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
