/**
 * One-line assertions for a user's own tests that a policy, or a folder of policy files, stays
 * consistent. {@link dev.guidepost.policy.testing.PolicyAssertions} is the entry type; it needs no
 * test library beyond the JDK.
 */
@NullMarked
package dev.guidepost.policy.testing;

import org.jspecify.annotations.NullMarked;
