/** The check that keeps {@code api/policy-render.api} equal to the module's public API. */
@NullMarked
package dev.guidepost.render.api;

import org.jspecify.annotations.NullMarked;
