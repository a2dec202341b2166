/**
 * Guidepost's PDF rendering: writes a policy document as tagged, accessible and archivable PDF
 * (PDF/UA-1 and PDF/A-2a) with embedded DejaVu Sans fonts.
 *
 * <p>openhtmltopdf and its graphics helper ship no {@code module-info} and name no {@code
 * Automatic-Module-Name}; they are automatic modules named from their jar file names ({@code
 * openhtmltopdf.core}, {@code openhtmltopdf.pdfbox}). PDFBox names itself {@code
 * org.apache.pdfbox}. None of them is exported through this module's API.
 */
@SuppressWarnings("requires-automatic")
module dev.guidepost.render.pdf {
  requires transitive dev.guidepost.render;
  requires java.desktop;
  requires java.xml;
  requires java.logging;
  requires openhtmltopdf.core;
  requires openhtmltopdf.pdfbox;
  requires org.apache.pdfbox;

  exports dev.guidepost.render.pdf;
}
