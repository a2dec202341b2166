/**
 * Turns a JMH result file into the comparisons of issue 7: one ratio per comparison, taken side by
 * side in one run, and the results table of {@code benchmarks/README.md}; {@link
 * dev.guidepost.bench.report.Ratios} is the entry type.
 */
@NullMarked
package dev.guidepost.bench.report;

import org.jspecify.annotations.NullMarked;
