/**
 * Plain text output: {@link dev.guidepost.render.text.TextRenderer} writes a document wrapped at 80
 * columns, with numbered and underlined headings, for e-mail, terminals and intranets that take no
 * markup.
 */
@NullMarked
package dev.guidepost.render.text;

import org.jspecify.annotations.NullMarked;
