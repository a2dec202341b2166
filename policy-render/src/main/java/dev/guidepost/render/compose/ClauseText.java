package dev.guidepost.render.compose;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Organisation;
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
 * it that optional parameters select, and fills in the parameters.
 *
 * <p>Each given parameter that declares a {@linkplain Parameter#variant() variant} adds its suffix
 * (a boolean only when true, a list only when not empty), in the option's parameter order. When an
 * integer parameter is 1, a {@code .one} variant is preferred for the singular. A variant that has
 * no text falls back to the plain key. Each key is first tried for the organisation's country and
 * employee representation ({@code clause.consultation.representatives-approved.NL.union}), then for
 * its country and sector ({@code ….DK.public-sector}, where Danish public employers consult a MED
 * committee), then for its country alone ({@code ….NL}), so that a clause can name the body the
 * organisation has; an organisation without representation ({@link EmployeeRepresentation#NONE})
 * uses the plain keys. Each value fills the parameter's {@linkplain Parameter#placeholder()
 * placeholder}, and a choice is named by the label {@code value.<vocabulary>.<id>} of the
 * parameter's {@linkplain Parameter#vocabulary() vocabulary}.
 *
 * <p>A decision that binds one {@linkplain Decision#binds() audience} begins with the sentence
 * {@code binds.<audience>} ("The following applies when you speak on our behalf."), so that the
 * reader sees whom the clause binds before what it asks.
 */
final class ClauseText {
  private ClauseText() {}

  static String of(Decision decision, Phrasebook book, Organisation organisation) {
    String base = "clause." + decision.area() + "." + decision.option().id();
    StringBuilder variant = new StringBuilder(base);
    boolean one = false;
    Map<String, String> arguments = new HashMap<>();
    arguments.put("organisation", organisation.name());
    for (Parameter parameter : decision.option().parameters()) {
      Optional<ParameterValue> given = decision.value(parameter.name());
      if (given.isEmpty()) {
        continue;
      }
      ParameterValue value = given.get();
      Optional<String> suffix = parameter.variant();
      if (suffix.isPresent() && selects(value)) {
        variant.append('.').append(suffix.get());
      }
      one |= value.kind() == ParameterKind.INTEGER && value.asInteger() == 1;
      arguments.put(parameter.placeholder(), format(parameter, value, book));
    }
    List<String> keys = new ArrayList<>();
    if (one) {
      keys.add(variant + ".one");
    }
    keys.add(variant.toString());
    keys.add(base);
    List<String> candidates = new ArrayList<>();
    for (String key : keys) {
      candidates.addAll(qualified(key, organisation));
    }
    String key = candidates.stream().filter(book::has).findFirst().orElse(base);
    String text = book.fill(key, arguments);
    return decision
        .binds()
        .map(audience -> book.pattern("binds." + audience.id()) + " " + text)
        .orElse(text);
  }

  /**
   * Returns a key qualified by the organisation's country and representation, by its country and
   * sector, by its country, and unqualified, most specific first; only unqualified without
   * representation.
   */
  private static List<String> qualified(String key, Organisation organisation) {
    EmployeeRepresentation representation = organisation.employeeRepresentation();
    if (representation == EmployeeRepresentation.NONE) {
      return List.of(key);
    }
    String country = key + "." + organisation.country().code();
    return List.of(
        country + "." + representation.id(),
        country + "." + organisation.sector().id(),
        country,
        key);
  }

  private static boolean selects(ParameterValue value) {
    return switch (value.kind()) {
      case BOOLEAN -> value.asBoolean();
      case CHOICES, TEXTS -> !value.asList().isEmpty();
      default -> true;
    };
  }

  /** Formats one parameter value for the document's language. */
  static String format(Parameter parameter, ParameterValue value, Phrasebook book) {
    return switch (value.kind()) {
      case INTEGER -> book.number(value.asInteger());
      case BOOLEAN -> String.valueOf(value.asBoolean());
      case TEXT -> value.asText();
      case DATE -> book.date(value.asDate());
      case CHOICE -> label(parameter, value.asText(), book);
      case CHOICES -> {
        List<String> labels =
            value.asList().stream().map(id -> label(parameter, id, book)).toList();
        yield parameter.alternatives() ? book.alternatives(labels) : book.list(labels);
      }
      case TEXTS -> book.list(value.asList());
    };
  }

  private static String label(Parameter parameter, String id, Phrasebook book) {
    return book.pattern("value." + parameter.vocabulary() + "." + id);
  }
}
