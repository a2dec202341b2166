package dev.guidepost.policy.generate;

import dev.guidepost.policy.catalogue.Catalogue;
import dev.guidepost.policy.json.PolicyJson;
import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Clause;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.policy.standard.StandardCatalogue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The words of the JSON form, as a libFuzzer dictionary: field names, ids of the standard
 * catalogue, codes and a few JSON fragments, each quoted as it appears in a policy. The fuzz tests
 * read the committed {@value #RESOURCE} (policy-render's build copies it beside its fuzz test, for
 * Jazzer reads it from the test's own package); {@code PolicyDictionaryTest} keeps it equal to
 * {@link #lines()}, so that a new area or option reaches the fuzzers.
 */
public final class PolicyDictionary {
  /** Where the fuzz tests find the dictionary, on the test class path. */
  public static final String RESOURCE = "/dev/guidepost/policy/json/policy.dict";

  private static final List<String> FRAGMENTS =
      List.of("{", "}", "[", "]", ":", ",", "true", "false", "null", "1", "\"2027-01-01\"");

  private static final Pattern FIELD = Pattern.compile("\"([^\"]+)\": ");

  private PolicyDictionary() {}

  /**
   * Returns the dictionary's lines, in a fixed order and without repeats.
   *
   * @return lines such as {@code "\"working-hours\""}
   */
  public static List<String> lines() {
    Catalogue catalogue = StandardCatalogue.catalogue();
    Set<String> tokens = new LinkedHashSet<>(FRAGMENTS);
    Stream.concat(fieldNames().stream(), words(catalogue).stream())
        .map(w -> "\"" + w + "\"")
        .forEach(tokens::add);
    List<String> lines = new ArrayList<>();
    for (String token : tokens) {
      lines.add("\"" + token.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    }
    return lines;
  }

  /** The field names of a policy that uses every field, as the writer writes them. */
  private static List<String> fieldNames() {
    Policy full =
        Preset.BALANCED.policyFor(Organisation.of("Acme A/S", Country.DK)).toBuilder()
            .organisation(
                Organisation.builder()
                    .name("Acme A/S")
                    .country(Country.DK)
                    .sector(Sector.GENERAL)
                    .employeeRepresentation(EmployeeRepresentation.UNION)
                    .employees(120)
                    .build())
            .version("1.2.0")
            .effectiveFrom(LocalDate.of(2027, 1, 1))
            .owner("hr@acme.example")
            .addCustomClause(Clause.builder().area("tone").putText(Language.ENGLISH, "Hi.").build())
            .build();
    List<String> names = new ArrayList<>();
    Matcher field = FIELD.matcher(PolicyJson.standard().write(full));
    while (field.find()) {
      names.add(field.group(1));
    }
    return names;
  }

  private static List<String> words(Catalogue catalogue) {
    List<String> words = new ArrayList<>();
    for (Area area : catalogue.areas()) {
      words.add(area.id());
      for (Option option : area.options()) {
        words.add(option.id());
        for (Parameter parameter : option.parameters()) {
          words.add(parameter.name());
          words.addAll(parameter.allowedValues());
        }
      }
    }
    Stream.of(Sector.values()).map(Sector::id).forEach(words::add);
    Stream.of(EmployeeRepresentation.values()).map(EmployeeRepresentation::id).forEach(words::add);
    Language.standard().stream().map(Language::code).forEach(words::add);
    Stream.of(Country.DK, Country.SE, Country.NO, Country.NL, Country.US, Country.GB, Country.DE)
        .map(Country::code)
        .forEach(words::add);
    return words;
  }
}
