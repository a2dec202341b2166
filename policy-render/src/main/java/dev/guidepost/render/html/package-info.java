/**
 * HTML output: {@link dev.guidepost.render.html.HtmlRenderer} writes a document as a standalone
 * page or as an {@code <article>} to embed, escaping every text and attribute value.
 */
@NullMarked
package dev.guidepost.render.html;

import org.jspecify.annotations.NullMarked;
