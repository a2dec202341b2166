/**
 * Guidepost's PDF rendering: writes a policy document as tagged, accessible and archivable PDF
 * (PDF/UA-1 and PDF/A-2a) with embedded DejaVu Sans fonts.
 *
 * <p>openhtmltopdf and its graphics helper ship no {@code module-info} and name no {@code
 * Automatic-Module-Name}; they are automatic modules named from their jar file names ({@code
 * openhtmltopdf.core}, {@code openhtmltopdf.pdfbox}). PDFBox names itself {@code org.apache.pdfbox}
 * (its parts {@code org.apache.fontbox} and {@code org.apache.pdfbox.io}). None of them is exported
 * through this module's API. Automatic modules declare no dependencies, so PDFBox's {@code
 * org.apache.commons.logging} is required here.
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
  // PDFBox's font parser and buffers, to load the fonts without ligatures
  requires org.apache.fontbox;
  requires org.apache.pdfbox.io;
  // PDFBox, an automatic module, declares no dependencies: its logging API must be required here,
  // or on the module path PDFBox fails at run time for want of commons-logging
  requires org.apache.commons.logging;
  // and sun.misc.Unsafe, with which PDFBox releases its memory-mapped buffers
  requires jdk.unsupported;

  exports dev.guidepost.render.pdf;
}
