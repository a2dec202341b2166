package dev.guidepost.policy.model;

import java.util.Optional;

/**
 * How employees are represented; monitoring and control measures need the representatives' consent
 * in several countries.
 */
public enum EmployeeRepresentation implements Identified {
  /** No representation. */
  NONE("none"),
  /** A works council (ondernemingsraad, Betriebsrat, samarbejdsudvalg). */
  WORKS_COUNCIL("works-council"),
  /** A trade union with a local representative. */
  UNION("union"),
  /** Both a works council and a union. */
  BOTH("both");

  private final String id;

  EmployeeRepresentation(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the form of representation with this id.
   *
   * @param id a kebab-case id such as {@code "works-council"}
   * @return the form of representation, or empty if none has this id
   */
  public static Optional<EmployeeRepresentation> fromId(String id) {
    return Identified.find(values(), id);
  }
}
