package dev.guidepost.bench.json;

import dev.guidepost.policy.catalogue.Catalogue;
import dev.guidepost.policy.model.Clause;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.standard.StandardCatalogue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference for reading: plain Jackson data binding into {@link PolicyDto}, then the model
 * built from the DTOs with its public builders and the catalogue's options, as an application
 * without Guidepost's reader would do it.
 *
 * <p>It gives a policy equal to {@code PolicyJson.standard().read} for every valid input (a test
 * proves it), but it checks less: unknown fields fail, yet a bad id fails with whatever exception
 * the model throws, without a JSON path, and no limit guards the input. Immutable and thread-safe.
 */
public final class JacksonBinding {
  private final ObjectReader reader =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build()
          .readerFor(PolicyDto.class);
  private final Catalogue catalogue = StandardCatalogue.catalogue();

  /** Creates the reference reader for the standard catalogue. */
  public JacksonBinding() {}

  /**
   * Reads a policy.
   *
   * @param json its JSON form
   * @return the policy
   */
  public Policy read(String json) {
    PolicyDto dto = reader.readValue(json);
    if (dto.guidepost() < 1 || dto.guidepost() > 4) {
      throw new IllegalArgumentException("unsupported version " + dto.guidepost());
    }
    Organisation organisation = organisation(dto.organisation());
    Policy.Builder policy = Policy.builder().organisation(organisation);
    if (dto.version() != null) {
      policy.version(dto.version());
    }
    LocalDate effectiveFrom = dto.effectiveFrom();
    if (effectiveFrom != null) {
      policy.effectiveFrom(effectiveFrom);
    }
    if (dto.owner() != null) {
      policy.owner(dto.owner());
    }
    List<String> codes = dto.languages();
    List<Language> languages =
        codes == null
            ? Language.standardFor(organisation.country())
            : codes.stream().map(Language::of).toList();
    policy.languages(languages);
    String authoritative = dto.authoritativeLanguage();
    if (authoritative != null) {
      policy.authoritativeLanguage(Language.of(authoritative));
    }
    dto.decisions().forEach((area, decision) -> policy.decide(decision(area, decision)));
    List<PolicyDto.ClauseDto> clauses = dto.customClauses();
    if (clauses != null) {
      for (PolicyDto.ClauseDto clause : clauses) {
        Clause.Builder built = Clause.builder().area(clause.area());
        clause.text().forEach((code, text) -> built.putText(Language.of(code), text));
        policy.addCustomClauses(built.build());
      }
    }
    return policy.build();
  }

  private static Organisation organisation(PolicyDto.OrganisationDto dto) {
    Organisation.Builder organisation =
        Organisation.builder().name(dto.name()).country(Country.of(dto.country()));
    List<String> others = dto.otherCountries();
    if (others != null) {
      others.forEach(code -> organisation.addOtherCountries(Country.of(code)));
    }
    String sector = dto.sector();
    if (sector != null) {
      organisation.sector(Sector.fromId(sector).orElseThrow());
    }
    String representation = dto.employeeRepresentation();
    if (representation != null) {
      organisation.employeeRepresentation(
          EmployeeRepresentation.fromId(representation).orElseThrow());
    }
    Integer employees = dto.employees();
    if (employees != null) {
      organisation.employees(employees);
    }
    return organisation.build();
  }

  private Decision decision(String area, PolicyDto.DecisionDto dto) {
    Option option =
        catalogue.option(area, Objects.requireNonNull(dto.option, "option")).orElseThrow();
    Decision.Builder decision = Decision.builder().option(option);
    for (Map.Entry<String, JsonNode> entry : dto.parameters.entrySet()) {
      Parameter parameter = option.parameter(entry.getKey()).orElseThrow();
      decision.putValue(entry.getKey(), value(parameter, entry.getValue()));
    }
    return decision.build();
  }

  private static ParameterValue value(Parameter parameter, JsonNode node) {
    return switch (parameter.kind()) {
      case INTEGER -> ParameterValue.ofInteger(node.longValue());
      case BOOLEAN -> ParameterValue.ofBoolean(node.booleanValue());
      case TEXT -> ParameterValue.ofText(node.stringValue());
      case DATE -> ParameterValue.ofDate(LocalDate.parse(node.stringValue()));
      case CHOICE -> ParameterValue.ofChoice(node.stringValue());
      case CHOICES -> ParameterValue.ofChoices(texts(node));
      case TEXTS -> ParameterValue.ofTexts(texts(node));
    };
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>(array.size());
    for (JsonNode item : array) {
      texts.add(item.stringValue());
    }
    return texts;
  }
}
