package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterKind;
import dev.guidepost.policy.model.ParameterValue;
import java.time.LocalDate;

/**
 * How employees were involved in the policy ({@code 001}, {@code 003} comments).
 *
 * <p>The typed handles of the standard {@code consultation} area: its options as constants and its
 * decisions as factories.
 */
public final class Consultation {
  /** The area id, {@value}. */
  public static final String ID = "consultation";

  /** The name of the {@code date} parameter. */
  public static final String DATE = "date";

  /**
   * {@code representatives-approved}: The employee representatives approved the policy, on the date
   * given.
   */
  public static final Option REPRESENTATIVES_APPROVED =
      Option.of(
          ID,
          "representatives-approved",
          Parameter.of("date", ParameterKind.DATE, false).withVariant("date"));

  /**
   * {@code representatives-consulted}: The policy was discussed or negotiated with the employee
   * representatives before it was adopted, on the date given; what the law asks where their
   * approval is not required (DK, NO, SE).
   */
  public static final Option REPRESENTATIVES_CONSULTED =
      Option.of(
          ID,
          "representatives-consulted",
          Parameter.of("date", ParameterKind.DATE, false).withVariant("date"));

  /** {@code employees-consulted}: Employees were consulted in workshops and interviews. */
  public static final Option EMPLOYEES_CONSULTED = Option.of(ID, "employees-consulted");

  /** {@code none}: No one was consulted. */
  public static final Option NONE = Option.of(ID, "none");

  /**
   * {@code before-adoption}: The guidelines are a draft that still has to go through the people the
   * law or the organisation's agreements require (the employee representatives' approval or a
   * discussion with them, worded per country and representation); they take effect only then. The
   * honest answer when no one has stated how the guidelines were made: it claims no consultation
   * that has taken place. New in format version 4.
   */
  public static final Option BEFORE_ADOPTION = Option.of(ID, "before-adoption");

  /** The area with its options, in their defined order. */
  public static final Area AREA =
      Area.of(
          ID,
          REPRESENTATIVES_APPROVED,
          REPRESENTATIVES_CONSULTED,
          EMPLOYEES_CONSULTED,
          NONE,
          BEFORE_ADOPTION);

  private Consultation() {}

  /**
   * Returns the decision {@code consultation = representatives-approved} without its optional
   * parameters.
   *
   * @return the decision
   */
  public static Decision representativesApproved() {
    return Decision.of(REPRESENTATIVES_APPROVED);
  }

  /**
   * Returns the decision {@code consultation = representatives-approved}.
   *
   * @param date the date
   * @return the decision
   */
  public static Decision representativesApproved(LocalDate date) {
    return Decision.of(REPRESENTATIVES_APPROVED).withValue(DATE, ParameterValue.ofDate(date));
  }

  /**
   * Returns the decision {@code consultation = representatives-consulted} without its optional
   * parameters.
   *
   * @return the decision
   */
  public static Decision representativesConsulted() {
    return Decision.of(REPRESENTATIVES_CONSULTED);
  }

  /**
   * Returns the decision {@code consultation = representatives-consulted}.
   *
   * @param date the date
   * @return the decision
   */
  public static Decision representativesConsulted(LocalDate date) {
    return Decision.of(REPRESENTATIVES_CONSULTED).withValue(DATE, ParameterValue.ofDate(date));
  }

  /**
   * Returns the decision {@code consultation = employees-consulted}.
   *
   * @return the decision
   */
  public static Decision employeesConsulted() {
    return Decision.of(EMPLOYEES_CONSULTED);
  }

  /**
   * Returns the decision {@code consultation = none}.
   *
   * @return the decision
   */
  public static Decision none() {
    return Decision.of(NONE);
  }

  /**
   * Returns the decision {@code consultation = before-adoption}: the guidelines take effect once
   * they have gone through the people the law or the organisation's agreements require.
   *
   * @return the decision
   */
  public static Decision beforeAdoption() {
    return Decision.of(BEFORE_ADOPTION);
  }
}
