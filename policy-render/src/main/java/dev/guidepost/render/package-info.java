/**
 * Renders a {@link dev.guidepost.render.document.Document} as plain text, Markdown or HTML. {@link
 * dev.guidepost.render.Renderer} is the entry type; one package per format holds its renderer and
 * the factories for it: {@link dev.guidepost.render.text.TextRenderer#create()}, {@link
 * dev.guidepost.render.markdown.MarkdownRenderer#create()}, {@link
 * dev.guidepost.render.html.HtmlRenderer#page()} and {@link
 * dev.guidepost.render.html.HtmlRenderer#fragment()}. This package depends only on the document
 * model; the formats depend on it.
 *
 * <p>Guarantees of every renderer: it is immutable and thread-safe, so one instance may serve any
 * number of threads; it is deterministic, so equal documents give byte-identical output with {@code
 * '\n'} line ends; and it escapes every text of the document for its format, which cannot be
 * switched off.
 *
 * <pre>{@code
 * Document document = Composer.standard().compose(policy, Language.DANISH);
 * String markdown = MarkdownRenderer.create().render(document);
 * }</pre>
 */
@NullMarked
package dev.guidepost.render;

import org.jspecify.annotations.NullMarked;
