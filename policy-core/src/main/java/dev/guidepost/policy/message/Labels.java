package dev.guidepost.policy.message;

import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterValue;

/**
 * The names of a catalogue's areas, options, parameters and values as {@linkplain Message#label
 * labels}: {@code area.<id>}, {@code option.<area>.<option>}, {@code parameter.<name>} and {@code
 * value.<kind>.<value>}. They are the one name of each thing, in findings and in documents alike;
 * an id that no bundle names, such as an area a user added without texts, is shown as it is.
 */
public final class Labels {
  private Labels() {}

  /**
   * Returns an area's name.
   *
   * @param area an area id
   * @return the label {@code area.<id>}, falling back to the id itself
   */
  public static Message area(String area) {
    return keyOrId("area." + area, area);
  }

  /**
   * Returns an option's name.
   *
   * @param area the option's area id
   * @param option the option id
   * @return the label {@code option.<area>.<option>}, falling back to the option id
   */
  public static Message option(String area, String option) {
    return keyOrId("option." + area + "." + option, option);
  }

  /**
   * Returns a parameter's name.
   *
   * @param parameter a parameter name
   * @return the label {@code parameter.<name>}, falling back to the name itself
   */
  public static Message parameter(String parameter) {
    return keyOrId("parameter." + parameter, parameter);
  }

  /**
   * Returns the name of a parameter's value of a kind of values, such as the network {@code
   * linkedin}.
   *
   * @param kind the kind of values, such as {@code network}
   * @param value the value's id
   * @return the label {@code value.<kind>.<value>}, falling back to the value id
   */
  public static Message value(String kind, String value) {
    return keyOrId("value." + kind + "." + value, value);
  }

  /**
   * Returns the name of a country, such as "Denmark" for {@code DK}.
   *
   * @param code the country's ISO code
   * @return the label {@code country.<code>}, falling back to the code
   */
  public static Message country(String code) {
    return keyOrId("country." + code, code);
  }

  /**
   * Returns a parameter's value as a person reads it: a choice by its {@linkplain #value(String,
   * String) label}, several choices or texts one after another, yes or no, a {@linkplain
   * Message#date date} in the reader's language, a number or text as it is.
   *
   * @param parameter the parameter
   * @param value one of its values
   * @return the message
   */
  public static Message value(Parameter parameter, ParameterValue value) {
    return switch (value.kind()) {
      case BOOLEAN -> Message.of(value.asBoolean() ? "value.yes" : "value.no");
      case DATE -> Message.date(value.asDate());
      case CHOICE -> value(parameter.vocabulary(), value.asText());
      case CHOICES ->
          Message.list(
              value.asList().stream().map(id -> value(parameter.vocabulary(), id)).toList());
      case TEXTS -> Message.list(value.asList().stream().map(Message::literal).toList());
      case INTEGER, TEXT -> Message.literal(value.toString());
    };
  }

  private static Message keyOrId(String key, String id) {
    return Message.label(key, id);
  }
}
