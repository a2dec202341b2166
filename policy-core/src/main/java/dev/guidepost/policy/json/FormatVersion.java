package dev.guidepost.policy.json;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.ParameterKind;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.StandardCatalogue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The versions of the JSON form and what each holds. Version 1 holds the standard areas, options,
 * parameters and list values listed in {@code format-1.txt}, frozen when version 2 was made;
 * version 2 adds the organisation's {@code otherCountries} and every standard area, option,
 * parameter and list value added to the catalogue since. Ids are never renamed or removed, so every
 * version-1 file reads unchanged. Areas and options of one's own catalogue belong to no version:
 * they read and write in either.
 *
 * <p>A policy is written in the lowest version that holds it, so a reader that knows only version 1
 * reads every policy that needs nothing newer; a version-1 file that uses something newer is
 * refused with the path of the first such thing.
 */
final class FormatVersion {
  /** The newest version, the one this library reads besides version 1. */
  static final int LATEST = 2;

  /** Version 1: per "area option", each parameter with its list values (empty: any value). */
  private static final Map<String, Map<String, Set<String>>> VERSION_1 = readVersion1();

  private FormatVersion() {}

  /** Returns the lowest version that holds the policy. */
  static int needed(Policy policy) {
    if (!policy.organisation().otherCountries().isEmpty()) {
      return LATEST;
    }
    for (Decision decision : policy.decisions().values()) {
      if (newerThanVersion1(decision).isPresent()) {
        return LATEST;
      }
    }
    return 1;
  }

  /**
   * Returns what in a decision version 1 does not hold: the option, or one of its parameters or
   * list values, named with its JSON path relative to the decision; empty if version 1 holds it all
   * or the decision's area is not a standard one.
   */
  static Optional<String> newerThanVersion1(Decision decision) {
    Option option = decision.option();
    if (StandardCatalogue.catalogue().option(option.area(), option.id()).isEmpty()) {
      return Optional.empty();
    }
    Map<String, Set<String>> parameters = VERSION_1.get(option.area() + " " + option.id());
    if (parameters == null) {
      boolean areaIsNew =
          VERSION_1.keySet().stream().noneMatch(key -> key.startsWith(option.area() + " "));
      return Optional.of(
          areaIsNew ? "the area \"" + option.area() + "\"" : "the option \"" + option.id() + "\"");
    }
    for (Map.Entry<String, ParameterValue> entry : decision.values().entrySet()) {
      Set<String> values = parameters.get(entry.getKey());
      if (values == null) {
        return Optional.of("the parameter \"" + entry.getKey() + "\"");
      }
      for (String value : listValues(entry.getValue())) {
        if (!values.isEmpty() && !values.contains(value)) {
          return Optional.of("the value \"" + value + "\" of \"" + entry.getKey() + "\"");
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> listValues(ParameterValue value) {
    if (value.kind() == ParameterKind.CHOICE) {
      return List.of(value.asText());
    }
    return value.kind() == ParameterKind.CHOICES ? value.asList() : List.of();
  }

  private static Map<String, Map<String, Set<String>>> readVersion1() {
    Map<String, Map<String, Set<String>>> options = new HashMap<>();
    try (InputStream in =
            Objects.requireNonNull(
                FormatVersion.class.getResourceAsStream("format-1.txt"), "format-1.txt");
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] words = line.split(" ", -1);
        Map<String, Set<String>> parameters = new HashMap<>();
        for (int i = 2; i < words.length; i++) {
          int equals = words[i].indexOf('=');
          parameters.put(
              equals < 0 ? words[i] : words[i].substring(0, equals),
              equals < 0 ? Set.of() : Set.of(words[i].substring(equals + 1).split(",", -1)));
        }
        options.put(words[0] + " " + words[1], Map.copyOf(parameters));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(options);
  }
}
