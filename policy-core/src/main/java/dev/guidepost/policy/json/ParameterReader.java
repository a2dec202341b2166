package dev.guidepost.policy.json;

import static dev.guidepost.policy.json.Nodes.error;
import static dev.guidepost.policy.json.Problem.expected;
import static dev.guidepost.policy.json.Problem.ids;
import static dev.guidepost.policy.json.Problem.quoted;

import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterValue;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads one parameter value of a decision, typed by the parameter the option declares. */
final class ParameterReader {
  ParameterValue read(Option option, String name, Node node, JsonPath path) {
    Parameter parameter =
        option
            .parameter(name)
            .orElseThrow(
                () ->
                    error(
                        path,
                        option.parameters().isEmpty()
                            ? expected("no-parameter", "option", option)
                            : expected(
                                "parameter-of",
                                "option",
                                option,
                                "parameters",
                                ids(option.parameters().stream().map(Parameter::name).toList())),
                        quoted(name)));
    return switch (parameter.kind()) {
      case INTEGER -> ParameterValue.ofInteger(Nodes.integer(node, path, expected("whole-number")));
      case BOOLEAN -> ParameterValue.ofBoolean(Nodes.bool(node, path));
      case TEXT -> ParameterValue.ofText(Nodes.text(node, path, expected("text")));
      case DATE -> ParameterValue.ofDate(PolicyReader.readDate(node, path));
      case CHOICE -> ParameterValue.ofChoice(choice(parameter, node, path));
      case CHOICES -> choices(parameter, node, path);
      case TEXTS ->
          ParameterValue.ofTexts(
              Nodes.texts(node, path, expected("texts"), Limits.MAX_LIST_SIZE, false));
    };
  }

  private static ParameterValue choices(Parameter parameter, Node node, JsonPath path) {
    List<String> ids = allowed(parameter, node);
    if (ids == null) { // name the first mistake
      ids = Nodes.texts(node, path, oneOf(parameter), Limits.MAX_LIST_SIZE, true);
      for (int i = 0; i < ids.size(); i++) {
        choice(parameter, node.get(i), path.index(i));
      }
    }
    return ParameterValue.ofChoices(ids);
  }

  /** The ids of an array that holds only distinct allowed values, within the limit; or null. */
  private static @Nullable List<String> allowed(Parameter parameter, Node node) {
    if (!node.isArray() || node.size() > Limits.MAX_LIST_SIZE) {
      return null;
    }
    List<String> ids = new ArrayList<>(node.size());
    for (Node item : node) {
      if (!item.isString()
          || !parameter.allowedValues().contains(item.stringValue())
          || ids.contains(item.stringValue())) {
        return null;
      }
      ids.add(item.stringValue());
    }
    return ids;
  }

  private static String choice(Parameter parameter, Node node, JsonPath path) {
    if (node.isString() && parameter.allowedValues().contains(node.stringValue())) {
      return node.stringValue();
    }
    Message expected = oneOf(parameter);
    Nodes.text(node, path, expected);
    throw error(path, expected, node);
  }

  private static Message oneOf(Parameter parameter) {
    return expected("one-of", "values", ids(parameter.allowedValues()));
  }
}
