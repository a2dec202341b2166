package dev.guidepost.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Where a policy file states its decisions: the line of its {@code "decisions"} key and of each
 * area's key under it ({@code $.decisions.<area>}), found with Jackson's streaming parser so that a
 * finding can point at the line of the decision it is about. Lines count from 1.
 */
final class DecisionLines {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final DecisionLines NONE = new DecisionLines(OptionalInt.empty(), Map.of());

  private final OptionalInt decisions;
  private final Map<String, Integer> areas;

  private DecisionLines(OptionalInt decisions, Map<String, Integer> areas) {
    this.decisions = decisions;
    this.areas = Map.copyOf(areas);
  }

  /** Returns no lines at all: for a policy that has no file, such as standard input. */
  static DecisionLines none() {
    return NONE;
  }

  /**
   * Finds the lines in a policy file's text. A text that is not well-formed JSON gives the lines
   * found before the point where it breaks off.
   *
   * @param json the file's bytes, in an encoding Jackson detects
   * @return the lines found
   */
  static DecisionLines of(byte[] json) {
    OptionalInt decisions = OptionalInt.empty();
    Map<String, Integer> areas = new LinkedHashMap<>();
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return NONE;
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        int line = line(parser);
        JsonToken value = parser.nextToken();
        if ("decisions".equals(name) && value == JsonToken.START_OBJECT && decisions.isEmpty()) {
          decisions = OptionalInt.of(line);
          while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            areas.putIfAbsent(parser.currentName(), line(parser));
            parser.nextToken();
            parser.skipChildren();
          }
        } else {
          parser.skipChildren();
        }
      }
    } catch (JacksonException e) {
      // the lines found so far stay: the reader has judged the file already
    }
    return new DecisionLines(decisions, areas);
  }

  /**
   * Returns the line of the first of some areas whose key the file has, or else the line of the
   * {@code "decisions"} key.
   *
   * @param areaIds the ids of the areas a finding is about, most relevant first
   * @return the line, or empty if the file has neither
   */
  OptionalInt lineOf(Iterable<String> areaIds) {
    for (String area : areaIds) {
      Integer line = areas.get(area);
      if (line != null) {
        return OptionalInt.of(line);
      }
    }
    return decisions;
  }

  private static int line(JsonParser parser) {
    return parser.currentTokenLocation().getLineNr();
  }
}
