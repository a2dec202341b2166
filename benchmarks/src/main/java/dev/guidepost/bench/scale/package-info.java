/**
 * Scaling: checkers of 10 to 10,000 generated declarative rules, the cost of building one, and
 * Drools running the same rules; {@link dev.guidepost.bench.scale.GeneratedRules} makes the rules.
 */
@NullMarked
package dev.guidepost.bench.scale;

import org.jspecify.annotations.NullMarked;
