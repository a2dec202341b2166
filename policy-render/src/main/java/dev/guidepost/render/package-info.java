/**
 * Renders a {@link dev.guidepost.render.document.Document} as plain text, Markdown or HTML. {@link
 * dev.guidepost.render.Renderer} is the entry type; one package per format holds its renderer.
 *
 * <p>Guarantees of every renderer: it is immutable and thread-safe, so one instance may serve any
 * number of threads; it is deterministic, so equal documents give byte-identical output with {@code
 * '\n'} line ends; and it escapes every text of the document for its format, which cannot be
 * switched off.
 *
 * <pre>{@code
 * Document document = ...;
 * String markdown = Renderer.markdown().render(document);
 * }</pre>
 */
@NullMarked
package dev.guidepost.render;

import org.jspecify.annotations.NullMarked;
