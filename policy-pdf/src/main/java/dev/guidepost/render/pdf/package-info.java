/**
 * PDF output: {@link dev.guidepost.render.pdf.PdfRenderer} writes a document as tagged PDF/UA-1 and
 * PDF/A-2a with embedded fonts, bookmarks and metadata.
 */
@NullMarked
package dev.guidepost.render.pdf;

import org.jspecify.annotations.NullMarked;
