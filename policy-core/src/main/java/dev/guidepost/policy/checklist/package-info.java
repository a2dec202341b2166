/**
 * Checklists from published articles on social-media policy, and a policy's coverage of them: which
 * items it addresses and which it misses. {@link dev.guidepost.policy.checklist.Checklist} is the
 * entry type.
 */
@NullMarked
@ValueStyle
package dev.guidepost.policy.checklist;

import dev.guidepost.policy.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
