package dev.guidepost.policy.model;

import dev.guidepost.policy.internal.Ids;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The organisation a policy is for: facts, not decisions. Its country selects the jurisdiction
 * rules, its sector the compliance rules, and its employee representation the consent rules.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Organisation acme = Organisation.builder()
 *     .name("Acme A/S")
 *     .country(Country.DK)
 *     .employeeRepresentation(EmployeeRepresentation.WORKS_COUNCIL)
 *     .employees(120)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Organisation {
  Organisation() {}

  /**
   * Returns the name, as the document shows it.
   *
   * @return a name that is not blank
   */
  public abstract String name();

  /**
   * Returns the country whose law applies.
   *
   * @return the country
   */
  public abstract Country country();

  /**
   * Returns the sector.
   *
   * @return the sector; {@link Sector#GENERAL} unless given
   */
  @Value.Default
  public Sector sector() {
    return Sector.GENERAL;
  }

  /**
   * Returns how employees are represented.
   *
   * @return the representation; {@link EmployeeRepresentation#NONE} unless given
   */
  @Value.Default
  public EmployeeRepresentation employeeRepresentation() {
    return EmployeeRepresentation.NONE;
  }

  /**
   * Returns the number of employees.
   *
   * @return the number, if known
   */
  public abstract OptionalInt employees();

  /**
   * Returns an organisation in the general sector with no employee representation.
   *
   * @param name its name
   * @param country its country
   * @return the organisation
   */
  public static Organisation of(String name, Country country) {
    return builder().name(name).country(country).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Ids.requireText("an organisation's name", name());
    if (employees().isPresent() && employees().getAsInt() < 1) {
      throw new IllegalArgumentException(
          "the number of employees must be at least 1, but was " + employees().getAsInt());
    }
  }

  /** Builds an {@link Organisation}. */
  public static final class Builder extends ImmutableOrganisation.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
