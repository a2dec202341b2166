/**
 * Runnable examples, each run by a test: {@link dev.guidepost.examples.ComposeInCode} composes a
 * policy in code and shows its JSON form; {@link dev.guidepost.examples.CheckAndFix} explains a
 * contradiction and applies a verified fix; {@link dev.guidepost.examples.ReadCheckRender} reads,
 * checks and renders a policy file in every language; {@link dev.guidepost.examples.CompanyRule}
 * adds a company's own rule to the checker. The web example is in {@code
 * dev.guidepost.examples.server}.
 */
@NullMarked
package dev.guidepost.examples;

import org.jspecify.annotations.NullMarked;
