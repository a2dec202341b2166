/** Tests of the generated rules and of Drools running them. */
@NullMarked
package dev.guidepost.bench.scale;

import org.jspecify.annotations.NullMarked;
