/**
 * The standard social media catalogue that Guidepost ships: every area, option and parameter of the
 * domain, as typed handles so that composing a policy in code reads like the domain and a typo does
 * not compile.
 *
 * <pre>{@code
 * Policy policy = Policy.builder()
 *     .organisation(Organisation.of("Acme A/S", Country.DK))
 *     .decide(WorkingHours.timeLimited(30))
 *     .decide(Advocacy.encouraged(Shareable.NEWS, Shareable.JOB_POSTINGS))
 *     .build();
 * }</pre>
 *
 * <p>{@link dev.guidepost.policy.standard.StandardCatalogue} assembles the areas in chapter order;
 * {@link dev.guidepost.policy.standard.Preset} gives three ready-made policies.
 */
@NullMarked
package dev.guidepost.policy.standard;

import org.jspecify.annotations.NullMarked;
