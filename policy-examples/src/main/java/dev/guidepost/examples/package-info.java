/**
 * Runnable examples: {@link dev.guidepost.examples.ComposeInCode} composes a policy in code and
 * shows its JSON form.
 */
@NullMarked
package dev.guidepost.examples;

import org.jspecify.annotations.NullMarked;
