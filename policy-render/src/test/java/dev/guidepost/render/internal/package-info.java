/** Tests of the renderers' shared plain-text rule. */
@NullMarked
package dev.guidepost.render.internal;

import org.jspecify.annotations.NullMarked;
