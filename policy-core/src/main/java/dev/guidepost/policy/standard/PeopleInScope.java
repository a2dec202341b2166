package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;

/**
 * Whom the guidelines apply to: the organisation's employees only, or also others who work for it
 * (issue 12, after Intel's "employees and contractors").
 *
 * <p>The typed handles of the standard {@code people-in-scope} area: its options as constants and
 * its decisions as factories. A policy that does not decide it applies to the employees, as every
 * policy did before the area existed; the standard preamble names the others a policy lists.
 */
public final class PeopleInScope {
  /** The area id, {@value}. */
  public static final String ID = "people-in-scope";

  /** The name of the {@code otherWorkers} parameter. */
  public static final String OTHER_WORKERS = "otherWorkers";

  /** {@code employees}: The guidelines apply to the organisation's employees. */
  public static final Option EMPLOYEES = Option.of(ID, "employees");

  /**
   * {@code employees-and-others}: The guidelines apply to the employees and to the others listed
   * who work for the organisation.
   */
  public static final Option EMPLOYEES_AND_OTHERS =
      Option.of(
          ID,
          "employees-and-others",
          Parameter.choices(OTHER_WORKERS, Handles.ids(OtherWorker.values()), true)
              .withVocabulary("other-worker"));

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, EMPLOYEES, EMPLOYEES_AND_OTHERS);

  private PeopleInScope() {}

  /**
   * Returns the decision {@code people-in-scope = employees}.
   *
   * @return the decision
   */
  public static Decision employees() {
    return Decision.of(EMPLOYEES);
  }

  /**
   * Returns the decision {@code people-in-scope = employees-and-others}.
   *
   * @param others the others who work for the organisation, each at most once
   * @return the decision
   */
  public static Decision employeesAnd(OtherWorker... others) {
    return Decision.of(EMPLOYEES_AND_OTHERS).withValue(OTHER_WORKERS, Handles.choices(others));
  }
}
