/**
 * The rule engine: a {@link dev.guidepost.policy.check.Checker} runs {@link
 * dev.guidepost.policy.check.Rule rules} over a policy and returns a {@link
 * dev.guidepost.policy.check.Report} of {@link dev.guidepost.policy.check.Finding findings}, each
 * with the facts that fired it and verified suggestions; only the checker makes a {@link
 * dev.guidepost.policy.check.ValidatedPolicy}.
 *
 * <p>Findings are guidance, not legal advice: legal rules cite their source so that a reader can
 * check it.
 */
@NullMarked
@ValueStyle
package dev.guidepost.policy.check;

import dev.guidepost.policy.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
