package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterValue;

/**
 * Whether employees say they work here when they discuss the industry ({@code 000} 5, {@code 004}
 * 5).
 *
 * <p>The typed handles of the standard {@code transparency} area: its options as constants and its
 * decisions as factories.
 */
public final class Transparency {
  /** The area id, {@value}. */
  public static final String ID = "transparency";

  /** The name of the {@code method} parameter. */
  public static final String METHOD = "method";

  /**
   * {@code disclose-and-disclaim}: Employees say they work here and that the views are their own.
   */
  public static final Option DISCLOSE_AND_DISCLAIM =
      Option.of(
          ID,
          "disclose-and-disclaim",
          Parameter.choice("method", Handles.ids(DisclosureMethod.values())));

  /** {@code disclose-only}: Employees say they work here. */
  public static final Option DISCLOSE_ONLY =
      Option.of(
          ID, "disclose-only", Parameter.choice("method", Handles.ids(DisclosureMethod.values())));

  /** {@code not-required}: No disclosure is required. */
  public static final Option NOT_REQUIRED = Option.of(ID, "not-required");

  /**
   * {@code disclaimer-no-protection}: A note that the views are one's own does not protect an
   * employee; what they post can still be linked to the organisation.
   */
  public static final Option DISCLAIMER_NO_PROTECTION = Option.of(ID, "disclaimer-no-protection");

  /** The area with its options, in their defined order. */
  public static final Area AREA =
      Area.of(ID, DISCLOSE_AND_DISCLAIM, DISCLOSE_ONLY, NOT_REQUIRED, DISCLAIMER_NO_PROTECTION);

  private Transparency() {}

  /**
   * Returns the decision {@code transparency = disclose-and-disclaim}.
   *
   * @param method the method
   * @return the decision
   */
  public static Decision discloseAndDisclaim(DisclosureMethod method) {
    return Decision.of(DISCLOSE_AND_DISCLAIM)
        .withValue(METHOD, ParameterValue.ofChoice(method.id()));
  }

  /**
   * Returns the decision {@code transparency = disclose-only}.
   *
   * @param method the method
   * @return the decision
   */
  public static Decision discloseOnly(DisclosureMethod method) {
    return Decision.of(DISCLOSE_ONLY).withValue(METHOD, ParameterValue.ofChoice(method.id()));
  }

  /**
   * Returns the decision {@code transparency = not-required}.
   *
   * @return the decision
   */
  public static Decision notRequired() {
    return Decision.of(NOT_REQUIRED);
  }

  /**
   * Returns the decision {@code transparency = disclaimer-no-protection}.
   *
   * @return the decision
   */
  public static Decision disclaimerNoProtection() {
    return Decision.of(DISCLAIMER_NO_PROTECTION);
  }
}
