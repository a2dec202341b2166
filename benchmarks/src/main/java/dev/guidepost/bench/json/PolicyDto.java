package dev.guidepost.bench.json;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The JSON form of a policy as plain data classes, the way an application binds JSON with Jackson
 * before it builds its model: field names and nesting follow the JSON, nothing is checked.
 *
 * @param guidepost the format version
 * @param organisation the organisation
 * @param version the semantic version
 * @param effectiveFrom the effective date
 * @param owner the owner
 * @param languages the languages' codes
 * @param authoritativeLanguage the authoritative language's code
 * @param decisions the decisions by area id, in the order of the JSON
 * @param customClauses the custom clauses
 */
record PolicyDto(
    int guidepost,
    OrganisationDto organisation,
    @Nullable String version,
    @Nullable LocalDate effectiveFrom,
    @Nullable String owner,
    @Nullable List<String> languages,
    @Nullable String authoritativeLanguage,
    LinkedHashMap<String, DecisionDto> decisions,
    @Nullable List<ClauseDto> customClauses) {

  /**
   * The organisation.
   *
   * @param name the name
   * @param country the ISO code
   * @param sector the sector's id
   * @param employeeRepresentation the representation's id
   * @param employees the number of employees
   */
  record OrganisationDto(
      String name,
      String country,
      @Nullable List<String> otherCountries,
      @Nullable String sector,
      @Nullable String employeeRepresentation,
      @Nullable Integer employees) {}

  /** One decision: its option and, by name, its parameters' JSON values. */
  static final class DecisionDto {
    @Nullable String option;
    final Map<String, JsonNode> parameters = new LinkedHashMap<>();

    /**
     * Sets the option's id.
     *
     * @param option the id
     */
    public void setOption(String option) {
      this.option = option;
    }

    @JsonAnySetter
    void parameter(String name, JsonNode value) {
      parameters.put(name, value);
    }
  }

  /**
   * A custom clause.
   *
   * @param area the area's id
   * @param text the texts by language code
   */
  record ClauseDto(String area, LinkedHashMap<String, String> text) {}
}
