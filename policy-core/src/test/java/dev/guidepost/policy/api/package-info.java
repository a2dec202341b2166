/**
 * The listing of a module's public API, checked in beside the module as {@code api/<module>.api}
 * and compared in every build, so that every change to the surface shows in review. {@link
 * dev.guidepost.policy.api.ApiListing} is the entry type; other modules' tests use it through the
 * module policy-test-support.
 */
@NullMarked
package dev.guidepost.policy.api;

import org.jspecify.annotations.NullMarked;
