/**
 * Checking a realistic policy with the standard rules, against a hand-written chain of {@code if}
 * statements and against Easy Rules running the same rules as lambdas; {@link
 * dev.guidepost.bench.check.CheckBenchmark} is the entry type.
 *
 * <p>Every reference produces the findings Guidepost produces, suggestions and their verification
 * included, as {@link dev.guidepost.bench.check.FindingView} values; the module's tests prove it.
 */
@NullMarked
package dev.guidepost.bench.check;

import org.jspecify.annotations.NullMarked;
