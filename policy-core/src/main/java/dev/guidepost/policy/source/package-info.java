/**
 * What the rules rest on, as data: a {@link dev.guidepost.policy.source.Source} is one law,
 * decision, piece of official guidance or published article of practice, cited as its {@link
 * dev.guidepost.policy.source.Jurisdiction} cites it; {@link dev.guidepost.policy.source.Sources}
 * are a rule's sources with the day they were last reviewed. Both become a {@link
 * dev.guidepost.policy.message.Message}, so that what surrounds a citation (practice, under review,
 * read at second hand, last reviewed) is written in the reader's language.
 */
@NullMarked
package dev.guidepost.policy.source;

import org.jspecify.annotations.NullMarked;
