/**
 * The document model: an immutable, format-neutral policy document, made by the composer and
 * written by one renderer per format. {@link dev.guidepost.render.document.Document} is the entry
 * type. All text in it is plain: renderers escape it for their format. {@link
 * dev.guidepost.render.document.DocumentVisitor} is the one walk over a document, with its chapters
 * and sections numbered, that every renderer shares.
 */
@NullMarked
package dev.guidepost.render.document;

import org.jspecify.annotations.NullMarked;
