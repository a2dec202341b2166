/** Tests that every reference renderer gives Guidepost's bytes. */
@NullMarked
package dev.guidepost.bench.render;

import org.jspecify.annotations.NullMarked;
