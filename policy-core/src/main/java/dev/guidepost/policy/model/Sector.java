package dev.guidepost.policy.model;

import java.util.Optional;

/** The sector an organisation works in; regulated sectors need compliance clauses. */
public enum Sector implements Identified {
  /** No particular regulation. */
  GENERAL("general"),
  /** Banks, insurers, broker-dealers. */
  FINANCIAL_SERVICES("financial-services"),
  /** Hospitals, clinics, care. */
  HEALTHCARE("healthcare"),
  /** Medicines and their makers. */
  PHARMA("pharma"),
  /** Government and public bodies. */
  PUBLIC_SECTOR("public-sector"),
  /** Schools and universities. */
  EDUCATION("education"),
  /** Newspapers, broadcasters, publishers. */
  MEDIA("media");

  private final String id;

  Sector(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the sector with this id.
   *
   * @param id a kebab-case id such as {@code "public-sector"}
   * @return the sector, or empty if no sector has this id
   */
  public static Optional<Sector> fromId(String id) {
    return Identified.find(values(), id);
  }
}
