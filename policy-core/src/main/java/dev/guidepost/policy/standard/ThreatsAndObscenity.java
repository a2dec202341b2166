package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * Whether staff may post threats, or obscene and vulgar content (GitLab, IBM).
 *
 * <p>The typed handles of the standard {@code threats-and-obscenity} area: its options as constants
 * and its decisions as factories. The two standards differ in breadth: {@link #NO_THREATS} rules
 * out threats and calls to violence only, {@link #NO_THREATS_OR_OBSCENITY} obscene and vulgar posts
 * as well (GitLab's "vulgar, obscene, threatening", IBM's "obscenity").
 */
public final class ThreatsAndObscenity {
  /** The area id, {@value}. */
  public static final String ID = "threats-and-obscenity";

  /** {@code no-threats}: No threats and no calls to violence. */
  public static final Option NO_THREATS = Option.of(ID, "no-threats");

  /** {@code no-threats-or-obscenity}: No threats, and nothing obscene or vulgar. */
  public static final Option NO_THREATS_OR_OBSCENITY = Option.of(ID, "no-threats-or-obscenity");

  /** {@code not-addressed}: Threats and obscenity are not addressed. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, NO_THREATS, NO_THREATS_OR_OBSCENITY, NOT_ADDRESSED);

  private ThreatsAndObscenity() {}

  /**
   * Returns the decision {@code threats-and-obscenity = no-threats}.
   *
   * @return the decision
   */
  public static Decision noThreats() {
    return Decision.of(NO_THREATS);
  }

  /**
   * Returns the decision {@code threats-and-obscenity = no-threats-or-obscenity}.
   *
   * @return the decision
   */
  public static Decision noThreatsOrObscenity() {
    return Decision.of(NO_THREATS_OR_OBSCENITY);
  }

  /**
   * Returns the decision {@code threats-and-obscenity = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }
}
