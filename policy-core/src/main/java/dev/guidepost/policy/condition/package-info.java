/**
 * Declarative conditions on a policy, as data: an area is decided as some option or is not
 * addressed, a parameter compares with a value or contains one, the organisation's country, sector
 * or employee representation is among some values; {@code all}, {@code any}, {@code not}.
 *
 * <p>A condition knows the facts it reads, so a {@link
 * dev.guidepost.policy.condition.DeclarativeRule} explains its findings for free. {@link
 * dev.guidepost.policy.condition.Conditions} is the entry type.
 */
@NullMarked
package dev.guidepost.policy.condition;

import org.jspecify.annotations.NullMarked;
