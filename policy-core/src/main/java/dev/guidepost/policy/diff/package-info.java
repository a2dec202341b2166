/**
 * What changed between two versions of a policy: decisions added, removed and changed (option,
 * parameter values, audience), the organisation's own clauses, and the facts about the policy and
 * its organisation (countries, representation, version, effective date). {@link
 * dev.guidepost.policy.diff.PolicyDiff} is the entry type.
 */
@NullMarked
package dev.guidepost.policy.diff;

import org.jspecify.annotations.NullMarked;
