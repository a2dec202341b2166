package dev.guidepost.policy.json;

import dev.guidepost.policy.message.Message;
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
 * The versions of the JSON form and what each holds. Each released version is frozen in a file
 * {@code format-<n>.txt} that lists the standard areas, options, parameters and list values it
 * holds: version 1 as first released; version 2 adds the organisation's {@code otherCountries} and
 * what came with it; version 3 the areas and options of issue 12; the newest version, {@link
 * #LATEST}, adds a decision's {@code "binds"} (the one {@link dev.guidepost.policy.model.Audience}
 * it binds) and the policy's change {@code "history"}, and holds everything in today's catalogue.
 * Ids are never renamed or removed, so every older file reads unchanged. Areas and options of one's
 * own catalogue belong to no version: they read and write in any.
 *
 * <p>A policy is written in the lowest version that holds it, so a reader that knows only an older
 * version reads every policy that needs nothing newer; a file that declares a version and uses
 * something newer is refused with the path of the first such thing.
 */
final class FormatVersion {
  /** The newest version: everything in today's standard catalogue. */
  static final int LATEST = 4;

  /** The version that added the organisation's other countries. */
  static final int OTHER_COUNTRIES = 2;

  /** The version that added a decision's audience, {@code "binds"}. */
  static final int BINDS = 4;

  /** The version that added the policy's change history, {@code "history"}. */
  static final int HISTORY = 4;

  /**
   * The frozen versions, index {@code n - 1} for version {@code n}: per "area option", each
   * parameter with its list values (empty: any value).
   */
  private static final List<Map<String, Map<String, Set<String>>>> FROZEN =
      List.of(read("format-1.txt"), read("format-2.txt"), read("format-3.txt"));

  private FormatVersion() {}

  /** Returns the lowest version that holds the policy. */
  static int needed(Policy policy) {
    int needed = policy.organisation().otherCountries().isEmpty() ? 1 : OTHER_COUNTRIES;
    if (!policy.history().isEmpty()) {
      needed = HISTORY;
    }
    for (Decision decision : policy.decisions().values()) {
      needed = Math.max(needed, needed(decision));
    }
    return needed;
  }

  /** Returns the lowest version that holds the decision. */
  static int needed(Decision decision) {
    for (int version = 1; version < LATEST; version++) {
      if (newerThan(version, decision).isEmpty()) {
        return version;
      }
    }
    return LATEST;
  }

  /**
   * Returns what in a decision the given version does not hold: the area, the option, or one of its
   * parameters or list values, named with its JSON path relative to the decision; empty if the
   * version holds it all or the decision's area is not a standard one. A decision that binds an
   * audience needs {@link #BINDS}, whatever its area.
   */
  static Optional<Message> newerThan(int version, Decision decision) {
    if (version < BINDS && !decision.bindsEveryone()) {
      return Optional.of(Problem.found("field", "name", "binds"));
    }
    Option option = decision.option();
    if (version >= LATEST
        || StandardCatalogue.catalogue().option(option.area(), option.id()).isEmpty()) {
      return Optional.empty();
    }
    Map<String, Map<String, Set<String>>> frozen = FROZEN.get(version - 1);
    Map<String, Set<String>> parameters = frozen.get(option.area() + " " + option.id());
    if (parameters == null) {
      boolean areaIsNew =
          frozen.keySet().stream().noneMatch(key -> key.startsWith(option.area() + " "));
      return Optional.of(
          areaIsNew
              ? Problem.found("the-area", "area", option.area())
              : Problem.found("the-option", "option", option.id()));
    }
    for (Map.Entry<String, ParameterValue> entry : decision.values().entrySet()) {
      Set<String> values = parameters.get(entry.getKey());
      if (values == null) {
        return Optional.of(Problem.found("the-parameter", "parameter", entry.getKey()));
      }
      for (String value : listValues(entry.getValue())) {
        if (!values.isEmpty() && !values.contains(value)) {
          return Optional.of(
              Problem.found("the-value", "value", value, "parameter", entry.getKey()));
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

  private static Map<String, Map<String, Set<String>>> read(String file) {
    Map<String, Map<String, Set<String>>> options = new HashMap<>();
    try (InputStream in =
            Objects.requireNonNull(FormatVersion.class.getResourceAsStream(file), file);
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
