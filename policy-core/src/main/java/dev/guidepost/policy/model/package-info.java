/**
 * The generic policy model: {@link dev.guidepost.policy.model.Area areas} offer {@link
 * dev.guidepost.policy.model.Option options} that declare typed {@link
 * dev.guidepost.policy.model.Parameter parameters}; a {@link dev.guidepost.policy.model.Policy} is
 * an {@link dev.guidepost.policy.model.Organisation} plus one {@link
 * dev.guidepost.policy.model.Decision} per area it addresses.
 *
 * <p>Every type here is an immutable, thread-safe value. Values guard their structure only
 * (non-blank ids, parameter values of their declared type); a policy that is merely wrong (a
 * parameter out of range, a contradiction) is still representable, because the rule engine reports
 * it.
 */
@NullMarked
@ValueStyle
package dev.guidepost.policy.model;

import dev.guidepost.policy.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
