/**
 * The document model: an immutable, format-neutral policy document, made by the composer and
 * written by one renderer per format. {@link dev.guidepost.render.document.Document} is the entry
 * type. All text in it is plain: renderers escape it for their format.
 */
@NullMarked
package dev.guidepost.render.document;

import org.jspecify.annotations.NullMarked;
