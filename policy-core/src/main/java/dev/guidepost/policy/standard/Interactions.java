package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * Whether likes, shares and follows count as statements (GitLab, NPR, BBC; UK PMCPA).
 *
 * <p>The typed handles of the standard {@code interactions} area: its options as constants and its
 * decisions as factories.
 */
public final class Interactions {
  /** The area id, {@value}. */
  public static final String ID = "interactions";

  /** {@code count-as-statements}: Likes, shares and follows can be read as endorsements. */
  public static final Option COUNT_AS_STATEMENTS = Option.of(ID, "count-as-statements");

  /** {@code not-addressed}: Interactions are not addressed. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, COUNT_AS_STATEMENTS, NOT_ADDRESSED);

  private Interactions() {}

  /**
   * Returns the decision {@code interactions = count-as-statements}.
   *
   * @return the decision
   */
  public static Decision countAsStatements() {
    return Decision.of(COUNT_AS_STATEMENTS);
  }

  /**
   * Returns the decision {@code interactions = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }
}
