/**
 * The start of the command-line tool as a whole process, against a JVM that prints hello world;
 * {@link dev.guidepost.bench.start.StartBenchmark} is the entry type.
 */
@NullMarked
package dev.guidepost.bench.start;

import org.jspecify.annotations.NullMarked;
