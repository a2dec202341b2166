/**
 * The JSON form of a policy, versions {@code "guidepost": 1} and {@code 2}. {@link
 * dev.guidepost.policy.json.PolicyJson} reads and writes it; every problem with the input is one
 * {@link dev.guidepost.policy.json.PolicyFormatException} naming the JSON path and what was
 * expected. {@link dev.guidepost.policy.json.PolicySchema} gives the form as a JSON Schema for
 * editors and other tools.
 */
@NullMarked
package dev.guidepost.policy.json;

import org.jspecify.annotations.NullMarked;
