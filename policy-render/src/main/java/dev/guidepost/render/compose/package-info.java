/**
 * The composer: turns a validated policy and a language into a format-neutral {@link
 * dev.guidepost.render.document.Document}. {@link dev.guidepost.render.compose.Composer} is the
 * entry type.
 *
 * <p>All wording lives here, once, as content: one UTF-8 {@code clauses_<code>.properties} file per
 * language in this package, with named placeholders such as {@code {organisation}}. A test proves
 * that every key exists in every standard language with the same placeholders. The keys:
 *
 * <ul>
 *   <li>{@code title}, {@code field.*}, {@code chapter.<chapter>} and {@code area.<area>} for the
 *       title, the metadata and the headings;
 *   <li>{@code clause.<area>.<option>} for the clause of a decision, worded as the option's {@link
 *       dev.guidepost.policy.model.Parameter parameters} declare: a given value fills the
 *       parameter's {@linkplain dev.guidepost.policy.model.Parameter#placeholder() placeholder}; a
 *       choice is named by its label {@code value.<vocabulary>.<id>} of the parameter's {@linkplain
 *       dev.guidepost.policy.model.Parameter#vocabulary() vocabulary}; a parameter that declares a
 *       {@linkplain dev.guidepost.policy.model.Parameter#variant() variant} selects the text {@code
 *       clause.<area>.<option>.<variant>} when it is given (a boolean when true, a list when not
 *       empty), the suffixes following the option's parameter order; an integer of 1 prefers the
 *       text ending in {@code .one}; and a variant without a text falls back to the plain key;
 *   <li>{@code preamble.*} and {@code closing.*} for the standard {@link
 *       dev.guidepost.render.compose.Part parts} before and after the chapters;
 *   <li>{@code list.and}, {@code language.<code>} and {@code note.untranslated} for lists, language
 *       names and custom clauses shown in another language;
 *   <li>{@code note.<area>.<country>} for a country note, shown under a decision's clause when the
 *       organisation works in more than one country and this is one of them ({@code <country>} is
 *       the ISO code, such as {@code NO}). The most specific text the document's language has wins:
 *       {@code note.<area>.<option>.<country>.<sector>}, {@code note.<area>.<option>.<country>},
 *       {@code note.<area>.<country>.<sector>}, then {@code note.<area>.<country>}, with the
 *       organisation's sector id (such as {@code public-sector}). A text of a single {@code -}
 *       means no note, so that a sector variant withdraws a country's note.
 * </ul>
 *
 * <p>Numbers and dates are written for the language's locale, dates in {@link
 * java.time.format.FormatStyle#LONG}.
 */
@NullMarked
package dev.guidepost.render.compose;

import org.jspecify.annotations.NullMarked;
