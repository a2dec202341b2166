/** Tests of the report that turns a JMH run into ratios. */
@NullMarked
package dev.guidepost.bench.report;

import org.jspecify.annotations.NullMarked;
