package dev.guidepost.cli;

import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Sector;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options that describe the organisation a new policy is for: {@code --org}, {@code --country},
 * {@code --sector} and {@code --representation}. The name and country default to ones that suit the
 * language of the run ("Our organisation", GB; "Vores virksomhed", DK).
 */
final class OrganisationOptions {
  @Option(names = "--org", paramLabel = "NAME", descriptionKey = "organisation.name")
  private @Nullable String name;

  @Option(names = "--country", paramLabel = "CC", descriptionKey = "organisation.country")
  private @Nullable Country country;

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
   * @throws CommandFailure with exit code 2 if the name is blank
   */
  Organisation organisation(CliTexts texts) {
    String given = name != null ? name : texts.get("organisation.default-name");
    if (given.isBlank()) {
      throw CommandFailure.unusableInput(texts.get("error.blank-organisation"));
    }
    return Organisation.builder()
        .name(given.strip())
        .country(country != null ? country : Country.of(texts.get("organisation.default-country")))
        .sector(sector)
        .employeeRepresentation(representation)
        .build();
  }
}
