/**
 * The composer: turns a validated policy and a language into a format-neutral {@link
 * dev.guidepost.render.document.Document}. {@link dev.guidepost.render.compose.Composer} is the
 * entry type.
 *
 * <p>All wording lives here, once, as content: one UTF-8 {@code clauses_<code>.properties} file per
 * language in this package, with named placeholders such as {@code {organisation}}. A test proves
 * that every key exists in every standard language with the same placeholders.
 */
@NullMarked
package dev.guidepost.render.compose;

import org.jspecify.annotations.NullMarked;
