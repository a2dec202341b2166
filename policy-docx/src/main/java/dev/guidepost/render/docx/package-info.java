/**
 * Word output: {@link dev.guidepost.render.docx.DocxRenderer} writes a document as a DOCX file with
 * Word's own styles, heading numbering, table of contents and language.
 */
@NullMarked
package dev.guidepost.render.docx;

import org.jspecify.annotations.NullMarked;
