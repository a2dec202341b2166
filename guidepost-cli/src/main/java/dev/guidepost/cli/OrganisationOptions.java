package dev.guidepost.cli;

import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Sector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options that describe the organisation a new policy is for: {@code --org}, {@code --country},
 * {@code --other-countries}, {@code --sector} and {@code --representation}. The name and country
 * default to ones that suit the language of the run ("Our organisation", GB; "Vores virksomhed",
 * DK).
 */
final class OrganisationOptions {
  @Option(names = "--org", paramLabel = "NAME", descriptionKey = "organisation.name")
  private @Nullable String name;

  @Option(names = "--country", paramLabel = "CC", descriptionKey = "organisation.country")
  private @Nullable Country country;

  @Option(
      names = "--other-countries",
      paramLabel = "CC",
      split = ",",
      descriptionKey = "organisation.other-countries")
  private List<Country> otherCountries = new ArrayList<>();

  @Option(names = "--sector", paramLabel = "SECTOR", descriptionKey = "organisation.sector")
  private Sector sector = Sector.GENERAL;

  @Option(
      names = "--representation",
      paramLabel = "REPRESENTATION",
      descriptionKey = "organisation.representation")
  private EmployeeRepresentation representation = EmployeeRepresentation.NONE;

  OrganisationOptions() {}

  /**
   * Returns the organisation the options describe.
   *
   * @throws CommandFailure with exit code 2 if the name is blank, or another country is the home
   *     country or is given twice
   */
  Organisation organisation(CliTexts texts) {
    String given = name != null ? name : texts.get("organisation.default-name");
    if (given.isBlank()) {
      throw CommandFailure.unusableInput(texts.get("error.blank-organisation"));
    }
    Country home =
        country != null ? country : Country.of(texts.get("organisation.default-country"));
    Set<Country> seen = new HashSet<>();
    for (Country other : otherCountries) {
      if (other.equals(home)) {
        throw CommandFailure.unusableInput(
            texts.get("error.other-country-is-home", "country", other.code()));
      }
      if (!seen.add(other)) {
        throw CommandFailure.unusableInput(
            texts.get("error.other-country-twice", "country", other.code()));
      }
    }
    return Organisation.builder()
        .name(given.strip())
        .country(home)
        .otherCountries(otherCountries)
        .sector(sector)
        .employeeRepresentation(representation)
        .build();
  }
}
