package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;

/**
 * The organisation's other codes and policies that apply together with the social media guidelines,
 * such as a code of conduct or editorial guidelines.
 *
 * <p>The typed handles of the standard {@code related-policies} area: its options as constants and
 * its decisions as factories. A document refers to another policy only when the organisation names
 * it here; no other clause assumes that a policy exists.
 */
public final class RelatedPolicies {
  /** The area id, {@value}. */
  public static final String ID = "related-policies";

  /** The name of the {@code policies} parameter. */
  public static final String POLICIES = "policies";

  /** {@code listed}: The guidelines apply together with the policies listed. */
  public static final Option LISTED =
      Option.of(
          ID,
          "listed",
          Parameter.choices(POLICIES, Handles.ids(PolicyKind.values()), true)
              .withVocabulary("policy-kind"));

  /** {@code none}: The guidelines refer to no other policy. */
  public static final Option NONE = Option.of(ID, "none");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, LISTED, NONE);

  private RelatedPolicies() {}

  /**
   * Returns the decision {@code related-policies = listed}.
   *
   * @param policies the organisation's other policies, each at most once
   * @return the decision
   */
  public static Decision listed(PolicyKind... policies) {
    return Decision.of(LISTED).withValue(POLICIES, Handles.choices(policies));
  }

  /**
   * Returns the decision {@code related-policies = none}.
   *
   * @return the decision
   */
  public static Decision none() {
    return Decision.of(NONE);
  }
}
