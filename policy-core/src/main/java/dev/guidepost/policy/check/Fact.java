package dev.guidepost.policy.check;

import dev.guidepost.policy.message.Labels;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One fact that made a rule fire: an area's decision ({@code advocacy = encouraged}), an area that
 * is not addressed, a parameter's value, or a fact about the organisation ({@code country = US}).
 *
 * <p>Immutable and thread-safe. {@link #toString()} gives the stable, language-neutral form used in
 * JSON output; {@link #message()} the text to show a person.
 */
@Value.Immutable
public abstract class Fact {
  /** The value of a parameter fact whose parameter has no value. */
  public static final String MISSING = "missing";

  /** What a fact is about. */
  public enum Kind {
    /** An area decided as an option: subject is the area, value the option. */
    DECISION,
    /** An area with no decision: subject is the area, value {@code not-addressed}. */
    NOT_ADDRESSED,
    /** A parameter's value: subject is the area, parameter its name, value the value. */
    PARAMETER,
    /** The organisation's country: value is the ISO code. */
    COUNTRY,
    /** The organisation's sector: value is the sector's id. */
    SECTOR,
    /** The organisation's employee representation: value is its id. */
    EMPLOYEE_REPRESENTATION
  }

  Fact() {}

  /**
   * Returns what the fact is about.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Returns the area or organisation field the fact is about.
   *
   * @return an area id, or {@code country}, {@code sector} or {@code employee-representation}
   */
  public abstract String subject();

  /**
   * Returns the parameter a {@link Kind#PARAMETER} fact is about.
   *
   * @return the parameter's name, if this is a parameter fact
   */
  public abstract Optional<String> parameter();

  /**
   * Returns the value: an option id, {@code not-addressed}, a parameter value or an id.
   *
   * @return the value
   */
  public abstract String value();

  /**
   * Returns how a parameter fact's value is shown to a person when the rule that made the fact knew
   * its kind: a choice by its label, a yes-or-no value as a word, a date as the language writes it.
   * Not part of the fact's identity, which is its {@link #value()}.
   *
   * @return the value's text; empty to show the value as it is
   */
  @Value.Auxiliary
  abstract Optional<Message> shownValue();

  /**
   * Returns the fact as a text to show a person, such as "Working hours: prohibited".
   *
   * @return the message
   */
  public Message message() {
    return switch (kind()) {
      case DECISION ->
          Message.of("fact.decision", "area", Labels.area(subject()))
              .with("option", Labels.option(subject(), value()));
      case NOT_ADDRESSED -> Message.of("fact.not-addressed", "area", Labels.area(subject()));
      case PARAMETER ->
          value().equals(MISSING)
              ? Message.of("fact.parameter.missing", "area", Labels.area(subject()))
                  .with("parameter", Labels.parameter(parameter().orElse("")))
              : Message.of("fact.parameter", "area", Labels.area(subject()))
                  .with("parameter", Labels.parameter(parameter().orElse("")))
                  .with("value", shownValue().orElse(Message.literal(value())));
      case COUNTRY -> Message.of("fact.country", "country", Labels.country(value()));
      case SECTOR -> Message.of("fact.sector", "sector", Message.of("sector." + value()));
      case EMPLOYEE_REPRESENTATION ->
          Message.of(
              "fact.employee-representation",
              "representation",
              Message.of("representation." + value()));
    };
  }

  /**
   * Returns a fact.
   *
   * @param kind what it is about
   * @param subject the area or organisation field
   * @param value the value
   * @return the fact
   */
  public static Fact of(Kind kind, String subject, String value) {
    return ImmutableFact.builder().kind(kind).subject(subject).value(value).build();
  }

  /**
   * Returns the state of an area in a policy: its decision, or that it is not addressed.
   *
   * @param policy a policy
   * @param area an area id
   * @return a {@link Kind#DECISION} or {@link Kind#NOT_ADDRESSED} fact
   */
  public static Fact state(Policy policy, String area) {
    return policy
        .decision(area)
        .map(d -> of(Kind.DECISION, area, d.option().id()))
        .orElse(of(Kind.NOT_ADDRESSED, area, "not-addressed"));
  }

  /**
   * Returns a parameter fact.
   *
   * @param area the area
   * @param parameter the parameter's name
   * @param value the value as text, or {@link #MISSING}
   * @return the fact
   */
  public static Fact parameter(String area, String parameter, String value) {
    return ImmutableFact.builder()
        .kind(Kind.PARAMETER)
        .subject(area)
        .parameter(parameter)
        .value(value)
        .build();
  }

  /**
   * Returns a parameter fact of a value of a known parameter, shown to a person as its kind is
   * written: a choice by its {@linkplain Labels#value label}, yes or no, a date in the reader's
   * language.
   *
   * @param area the area
   * @param parameter the parameter
   * @param value its value
   * @return the fact, equal to {@link #parameter(String, String, String)} with the value's text
   */
  public static Fact parameter(String area, Parameter parameter, ParameterValue value) {
    return ImmutableFact.builder()
        .kind(Kind.PARAMETER)
        .subject(area)
        .parameter(parameter.name())
        .value(value.toString())
        .shownValue(Labels.value(parameter, value))
        .build();
  }

  @Override
  public String toString() {
    return subject() + parameter().map(p -> "." + p).orElse("") + " = " + value();
  }
}
