/** Implementation details of Guidepost's core; not exported, not part of the API. */
@NullMarked
package dev.guidepost.policy.internal;

import org.jspecify.annotations.NullMarked;
