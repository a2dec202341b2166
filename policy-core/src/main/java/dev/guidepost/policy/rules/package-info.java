/**
 * Guidepost's built-in rules, each with its id, severity, jurisdiction and source; {@link
 * dev.guidepost.policy.rules.StandardRules#all()} lists them. Findings are guidance, not legal
 * advice.
 */
@NullMarked
package dev.guidepost.policy.rules;

import org.jspecify.annotations.NullMarked;
