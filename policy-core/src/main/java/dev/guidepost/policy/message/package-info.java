/**
 * Localised texts: a {@link dev.guidepost.policy.message.Message} is a key with named arguments,
 * resolved per {@link dev.guidepost.policy.model.Language} from UTF-8 message bundles, one per
 * language. {@link dev.guidepost.policy.message.Messages} is the entry type.
 */
@NullMarked
@ValueStyle
package dev.guidepost.policy.message;

import dev.guidepost.policy.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
