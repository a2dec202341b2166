package dev.guidepost.render.compose;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterKind;
import dev.guidepost.policy.model.ParameterValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the clause of one decision: picks the text {@code clause.<area>.<option>}, or a variant of
 * it that an optional parameter selects, and fills in the parameters.
 *
 * <p>A variant adds one suffix per optional parameter that is given (a boolean only when true, a
 * list only when not empty), in the option's parameter order: {@code measured}, {@code aligned},
 * {@code contact}, {@code date}, {@code regulations}, {@code shareable}. When an integer parameter
 * is 1, a {@code .one} variant is preferred for the singular. A variant that has no text falls back
 * to the plain key.
 */
final class ClauseText {
  private static final Map<String, String> VARIANTS =
      Map.of(
          "measured", "measured",
          "alignedWithEmailPolicy", "aligned",
          "contact", "contact",
          "date", "date",
          "regulations", "regulations",
          "shareable", "shareable");
  private static final Map<String, String> VALUE_KINDS =
      Map.of(
          "networks", "network",
          "goals", "goal",
          "shareable", "shareable",
          "topics", "topic",
          "method", "method");
  private static final Map<String, String> PLACEHOLDERS = Map.of("minutesPerDay", "minutes");

  private ClauseText() {}

  static String of(Decision decision, Phrasebook book, String organisation) {
    String base = "clause." + decision.area() + "." + decision.option().id();
    StringBuilder variant = new StringBuilder(base);
    boolean one = false;
    Map<String, String> arguments = new HashMap<>();
    arguments.put("organisation", organisation);
    for (Parameter parameter : decision.option().parameters()) {
      Optional<ParameterValue> given = decision.value(parameter.name());
      if (given.isEmpty()) {
        continue;
      }
      ParameterValue value = given.get();
      String suffix = VARIANTS.get(parameter.name());
      if (suffix != null && selects(value)) {
        variant.append('.').append(suffix);
      }
      one |= value.kind() == ParameterKind.INTEGER && value.asInteger() == 1;
      String placeholder = PLACEHOLDERS.getOrDefault(parameter.name(), parameter.name());
      arguments.put(placeholder, format(parameter.name(), value, book));
    }
    List<String> candidates = new ArrayList<>();
    if (one) {
      candidates.add(variant + ".one");
    }
    candidates.add(variant.toString());
    candidates.add(base);
    String key = candidates.stream().filter(book::has).findFirst().orElse(base);
    return book.fill(key, arguments);
  }

  private static boolean selects(ParameterValue value) {
    return switch (value.kind()) {
      case BOOLEAN -> value.asBoolean();
      case CHOICES, TEXTS -> !value.asList().isEmpty();
      default -> true;
    };
  }

  /** Formats one parameter value for the document's language. */
  static String format(String parameter, ParameterValue value, Phrasebook book) {
    return switch (value.kind()) {
      case INTEGER -> book.number(value.asInteger());
      case BOOLEAN -> String.valueOf(value.asBoolean());
      case TEXT -> value.asText();
      case DATE -> book.date(value.asDate());
      case CHOICE -> label(parameter, value.asText(), book);
      case CHOICES ->
          book.list(value.asList().stream().map(id -> label(parameter, id, book)).toList());
      case TEXTS -> book.list(value.asList());
    };
  }

  private static String label(String parameter, String id, Phrasebook book) {
    return book.pattern("value." + VALUE_KINDS.getOrDefault(parameter, parameter) + "." + id);
  }
}
