/** Implementation details shared by the renderers; not exported, not part of the API. */
@NullMarked
package dev.guidepost.render.internal;

import org.jspecify.annotations.NullMarked;
