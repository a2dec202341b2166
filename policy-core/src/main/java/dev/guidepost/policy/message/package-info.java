/**
 * Localised texts, one layer for all of Guidepost: a {@link dev.guidepost.policy.message.Message}
 * is a key with named arguments, written out per {@link dev.guidepost.policy.model.Language} by a
 * {@link dev.guidepost.policy.message.MessageBundle}, the entry type. Bundles are read from UTF-8
 * {@code .properties} files, one per language, and laid over one another, so that an organisation's
 * own texts sit over the standard ones. {@link dev.guidepost.policy.message.Labels} gives the one
 * name of each area, option, parameter and value.
 */
@NullMarked
@ValueStyle
package dev.guidepost.policy.message;

import dev.guidepost.policy.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
