package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * Whether colleagues and managers must connect ({@code 000} 2).
 *
 * <p>The typed handles of the standard {@code connections} area: its options as constants and its
 * decisions as factories.
 */
public final class Connections {
  /** The area id, {@value}. */
  public static final String ID = "connections";

  /**
   * {@code free-to-decline}: No one has to accept friend or connection requests from colleagues or
   * managers.
   */
  public static final Option FREE_TO_DECLINE = Option.of(ID, "free-to-decline");

  /** {@code managers-do-not-initiate}: Managers do not send requests to their staff. */
  public static final Option MANAGERS_DO_NOT_INITIATE = Option.of(ID, "managers-do-not-initiate");

  /** {@code expected-to-connect}: Employees are expected to connect. */
  public static final Option EXPECTED_TO_CONNECT = Option.of(ID, "expected-to-connect");

  /** The area with its options, in their defined order. */
  public static final Area AREA =
      Area.of(ID, FREE_TO_DECLINE, MANAGERS_DO_NOT_INITIATE, EXPECTED_TO_CONNECT);

  private Connections() {}

  /**
   * Returns the decision {@code connections = free-to-decline}.
   *
   * @return the decision
   */
  public static Decision freeToDecline() {
    return Decision.of(FREE_TO_DECLINE);
  }

  /**
   * Returns the decision {@code connections = managers-do-not-initiate}.
   *
   * @return the decision
   */
  public static Decision managersDoNotInitiate() {
    return Decision.of(MANAGERS_DO_NOT_INITIATE);
  }

  /**
   * Returns the decision {@code connections = expected-to-connect}.
   *
   * @return the decision
   */
  public static Decision expectedToConnect() {
    return Decision.of(EXPECTED_TO_CONNECT);
  }
}
