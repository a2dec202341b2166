package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * What staff may say that harms the reputation of a person or a business (GitLab, Costco).
 *
 * <p>The typed handles of the standard {@code defamation} area: its options as constants and its
 * decisions as factories. The two standards differ in breadth: {@link #FALSE_AND_DAMAGING} rules
 * out claims that are false, known or not cared to be so, and harm someone's reputation; {@link
 * #DAMAGING_TO_REPUTATION} anything that damages the reputation of the organisation or of any
 * person (Costco's "damage any person's reputation").
 */
public final class Defamation {
  /** The area id, {@value}. */
  public static final String ID = "defamation";

  /** {@code false-and-damaging}: No false claims that harm a person's or a business's name. */
  public static final Option FALSE_AND_DAMAGING = Option.of(ID, "false-and-damaging");

  /** {@code damaging-to-reputation}: Nothing that damages the organisation's or anyone's name. */
  public static final Option DAMAGING_TO_REPUTATION = Option.of(ID, "damaging-to-reputation");

  /** {@code not-addressed}: Defamation is not addressed. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA =
      Area.of(ID, FALSE_AND_DAMAGING, DAMAGING_TO_REPUTATION, NOT_ADDRESSED);

  private Defamation() {}

  /**
   * Returns the decision {@code defamation = false-and-damaging}.
   *
   * @return the decision
   */
  public static Decision falseAndDamaging() {
    return Decision.of(FALSE_AND_DAMAGING);
  }

  /**
   * Returns the decision {@code defamation = damaging-to-reputation}.
   *
   * @return the decision
   */
  public static Decision damagingToReputation() {
    return Decision.of(DAMAGING_TO_REPUTATION);
  }

  /**
   * Returns the decision {@code defamation = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }
}
