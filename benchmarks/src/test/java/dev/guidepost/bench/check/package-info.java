/** Tests that the checking references find exactly what Guidepost finds. */
@NullMarked
package dev.guidepost.bench.check;

import org.jspecify.annotations.NullMarked;
