/**
 * What changed between two versions of a policy: decisions added, removed and changed (option,
 * parameter values, audience), the organisation's own clauses, and the facts about the policy and
 * its organisation (countries, representation, version, effective date). {@link
 * dev.guidepost.policy.diff.PolicyDiff} is the entry type; {@link dev.guidepost.policy.diff.Bump}
 * is the semantic-version bump a difference calls for, read with the catalogue's {@link
 * dev.guidepost.policy.catalogue.Strictness}, and {@link dev.guidepost.policy.diff.VersionCheck}
 * whether the newer version's declared number fits it.
 */
@NullMarked
package dev.guidepost.policy.diff;

import org.jspecify.annotations.NullMarked;
