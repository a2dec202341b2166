package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;
import java.util.List;

/**
 * Who may speak for the organisation ({@code 001}, {@code 004} 5).
 *
 * <p>The typed handles of the standard {@code spokespersons} area: its options as constants and its
 * decisions as factories.
 */
public final class Spokespersons {
  /** The area id, {@value}. */
  public static final String ID = "spokespersons";

  /**
   * {@code communications-only}: All communication on the organisation's behalf goes through the
   * communications department.
   */
  public static final Option COMMUNICATIONS_ONLY = Option.of(ID, "communications-only");

  /** The name of the {@code reservedMatters} parameter. */
  public static final String RESERVED_MATTERS = "reservedMatters";

  /**
   * {@code authorized-employees}: Authorised employees speak for the organisation; the optional
   * {@code reservedMatters}, when not empty, selects the clause variant {@code reserved}, which
   * asks everyone else to leave those matters to them (labels {@code value.reserved-matter.<id>}).
   */
  public static final Option AUTHORIZED_EMPLOYEES =
      Option.of(
          ID,
          "authorized-employees",
          Parameter.choices(RESERVED_MATTERS, Handles.ids(ReservedMatter.values()), false)
              .withVariant("reserved")
              .withVocabulary("reserved-matter"));

  /** {@code all-employees-within-guidelines}: Every employee may, within the guidelines. */
  public static final Option ALL_EMPLOYEES_WITHIN_GUIDELINES =
      Option.of(ID, "all-employees-within-guidelines");

  /** The area with its options, in their defined order. */
  public static final Area AREA =
      Area.of(ID, COMMUNICATIONS_ONLY, AUTHORIZED_EMPLOYEES, ALL_EMPLOYEES_WITHIN_GUIDELINES);

  private Spokespersons() {}

  /**
   * Returns the decision {@code spokespersons = communications-only}.
   *
   * @return the decision
   */
  public static Decision communicationsOnly() {
    return Decision.of(COMMUNICATIONS_ONLY);
  }

  /**
   * Returns the decision {@code spokespersons = authorized-employees}.
   *
   * @return the decision
   */
  public static Decision authorizedEmployees() {
    return Decision.of(AUTHORIZED_EMPLOYEES);
  }

  /**
   * Returns the decision {@code spokespersons = authorized-employees} with what everyone else
   * leaves to them.
   *
   * @param reserved the matters left to the spokespersons, each at most once; empty for none
   * @return the decision
   */
  public static Decision authorizedEmployees(List<ReservedMatter> reserved) {
    return reserved.isEmpty()
        ? authorizedEmployees()
        : authorizedEmployees().withValue(RESERVED_MATTERS, Handles.choices(reserved));
  }

  /**
   * Returns the decision {@code spokespersons = all-employees-within-guidelines}.
   *
   * @return the decision
   */
  public static Decision allEmployeesWithinGuidelines() {
    return Decision.of(ALL_EMPLOYEES_WITHIN_GUIDELINES);
  }
}
