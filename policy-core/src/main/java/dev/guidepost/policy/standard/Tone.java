package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterKind;
import dev.guidepost.policy.model.ParameterValue;

/**
 * How staff write ({@code 000} 7).
 *
 * <p>The typed handles of the standard {@code tone} area: its options as constants and its
 * decisions as factories.
 */
public final class Tone {
  /** The area id, {@value}. */
  public static final String ID = "tone";

  /**
   * The name of the {@code alignedWithEmailPolicy} parameter.
   *
   * @deprecated the parameter assumed an e-mail policy that the organisation may not have; name the
   *     policy with {@link RelatedPolicies#listed} and {@link PolicyKind#EMAIL_AND_COMMUNICATION}
   *     instead. The parameter stays readable, and a decision that sets it renders a sentence that
   *     names no policy.
   */
  @Deprecated public static final String ALIGNED_WITH_EMAIL_POLICY = "alignedWithEmailPolicy";

  /**
   * {@code respectful}: A respectful tone.
   *
   * <p>Its optional boolean {@code alignedWithEmailPolicy} is deprecated and kept only so that
   * existing policies stay readable: when true it selects the variant {@code aligned}, which asks
   * for the same care as in work e-mails and names no policy. A document refers to an e-mail policy
   * only when the organisation names it with {@link RelatedPolicies#listed}.
   */
  public static final Option RESPECTFUL =
      Option.of(
          ID,
          "respectful",
          Parameter.of("alignedWithEmailPolicy", ParameterKind.BOOLEAN, false)
              .withVariant("aligned"));

  /** {@code not-addressed}: Tone is not addressed. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, RESPECTFUL, NOT_ADDRESSED);

  private Tone() {}

  /**
   * Returns the decision {@code tone = respectful} without its optional parameters.
   *
   * @return the decision
   */
  public static Decision respectful() {
    return Decision.of(RESPECTFUL);
  }

  /**
   * Returns the decision {@code tone = respectful} with the deprecated {@code
   * alignedWithEmailPolicy}.
   *
   * @param alignedWithEmailPolicy whether alignedWithEmailPolicy
   * @return the decision
   * @deprecated name the e-mail policy with {@link RelatedPolicies#listed} instead and use {@link
   *     #respectful()}
   */
  @Deprecated
  public static Decision respectful(boolean alignedWithEmailPolicy) {
    return Decision.of(RESPECTFUL)
        .withValue(ALIGNED_WITH_EMAIL_POLICY, ParameterValue.ofBoolean(alignedWithEmailPolicy));
  }

  /**
   * Returns the decision {@code tone = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }
}
