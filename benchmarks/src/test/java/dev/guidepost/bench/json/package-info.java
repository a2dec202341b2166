/** Tests that plain Jackson binding reads the same policies as Guidepost. */
@NullMarked
package dev.guidepost.bench.json;

import org.jspecify.annotations.NullMarked;
