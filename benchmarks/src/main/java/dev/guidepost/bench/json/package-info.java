/**
 * Reading a policy's JSON, against plain Jackson binding into the same model; {@link
 * dev.guidepost.bench.json.JsonBenchmark} is the entry type.
 */
@NullMarked
package dev.guidepost.bench.json;

import org.jspecify.annotations.NullMarked;
