package dev.guidepost.policy.model;

import dev.guidepost.policy.internal.Ids;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The organisation a policy is for: facts, not decisions. Its country, and the other countries
 * where its people work, select the jurisdiction rules; its sector selects the compliance rules,
 * and its employee representation the consent rules.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Organisation acme = Organisation.builder()
 *     .name("Acme A/S")
 *     .country(Country.DK)
 *     .employeeRepresentation(EmployeeRepresentation.WORKS_COUNCIL)
 *     .employees(120)
 *     .addOtherCountries(Country.SE, Country.NO)
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
   * Returns the countries besides its home country where the organisation's people work. The
   * checker runs every rule for each of {@link #countries()}.
   *
   * @return distinct countries, in the order given, without the home country; empty by default
   */
  public abstract List<Country> otherCountries();

  /**
   * Returns every country whose law applies: the home country first, then the others.
   *
   * @return distinct countries, never empty
   */
  public List<Country> countries() {
    List<Country> all = new ArrayList<>(1 + otherCountries().size());
    all.add(country());
    all.addAll(otherCountries());
    return List.copyOf(all);
  }

  /**
   * Returns this organisation as if it worked in one country only: the same name, sector,
   * representation and size, with that country as its home and no other. The checker judges each
   * country through such a view.
   *
   * @param country the country
   * @return the organisation in that country alone; this one if it already is
   */
  public Organisation in(Country country) {
    if (country.equals(country()) && otherCountries().isEmpty()) {
      return this;
    }
    return builder().from(this).country(country).otherCountries(List.of()).build();
  }

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
    Set<Country> seen = new HashSet<>();
    seen.add(country());
    for (Country other : otherCountries()) {
      if (!seen.add(other)) {
        throw new IllegalArgumentException(
            other.equals(country())
                ? "the home country " + other.code() + " is also listed among the other countries"
                : "the country " + other.code() + " is listed twice among the other countries");
      }
    }
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
