/**
 * Rendering the realistic policy's document to Markdown and HTML, against hand-written {@code
 * StringBuilder} renderers and against Mustache.java and Pebble templates, all producing the same
 * bytes; {@link dev.guidepost.bench.render.RenderBenchmark} is the entry type.
 */
@NullMarked
package dev.guidepost.bench.render;

import org.jspecify.annotations.NullMarked;
