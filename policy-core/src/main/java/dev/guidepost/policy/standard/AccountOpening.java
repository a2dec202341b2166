package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterKind;
import dev.guidepost.policy.model.ParameterValue;
import java.util.List;

/**
 * What the organisation settles before it opens a new official account (the BBC: editorial purpose,
 * audience and resources, and advice from named teams).
 *
 * <p>The typed handles of the standard {@code account-opening} area: its options as constants and
 * its decisions as factories. The advisers are named as the organisation names them; without them
 * the clause asks for no advice.
 */
public final class AccountOpening {
  /** The area id, {@value}. */
  public static final String ID = "account-opening";

  /** The name of the {@code advisers} parameter. */
  public static final String ADVISERS = "advisers";

  /**
   * {@code purpose-audience-and-resources}: A new account is opened only once its editorial
   * purpose, its audience and the resources to run it are set out, with advice from the advisers
   * named.
   */
  public static final Option PURPOSE_AUDIENCE_AND_RESOURCES =
      Option.of(
          ID,
          "purpose-audience-and-resources",
          Parameter.of(ADVISERS, ParameterKind.TEXTS, false).withVariant(ADVISERS));

  /** {@code not-addressed}: Opening new accounts is not addressed. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, PURPOSE_AUDIENCE_AND_RESOURCES, NOT_ADDRESSED);

  private AccountOpening() {}

  /**
   * Returns the decision {@code account-opening = purpose-audience-and-resources}.
   *
   * @param advisers the teams or people whose advice is taken, as the organisation names them; none
   *     for no advice
   * @return the decision
   */
  public static Decision purposeAudienceAndResources(String... advisers) {
    Decision decision = Decision.of(PURPOSE_AUDIENCE_AND_RESOURCES);
    return advisers.length == 0
        ? decision
        : decision.withValue(ADVISERS, ParameterValue.ofTexts(List.of(advisers)));
  }

  /**
   * Returns the decision {@code account-opening = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }
}
