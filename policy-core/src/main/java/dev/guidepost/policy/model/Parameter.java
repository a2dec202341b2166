package dev.guidepost.policy.model;

import dev.guidepost.policy.internal.Ids;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A typed parameter that an {@link Option} declares, such as {@code minutesPerDay} of {@code
 * working-hours = time-limited}.
 *
 * <p>An integer parameter may declare an inclusive range; a choice parameter declares its allowed
 * values. Any parameter may declare a default value, which a suggested fix gives a decision that
 * lacks it. Immutable and thread-safe. Build one with the static factories:
 *
 * <pre>{@code
 * Parameter months = Parameter.integer("months", 1, 60)
 *     .withDefaultValue(ParameterValue.ofInteger(12));
 * Parameter networks = Parameter.choices("networks", List.of("facebook", "linkedin"), true);
 * }</pre>
 *
 * <p>A parameter also declares how a document words it, which the composer of {@code
 * dev.guidepost.render} reads and a custom catalogue declares the same way as the standard one: the
 * {@linkplain #placeholder() placeholder} its value fills in a clause text, the {@linkplain
 * #variant() variant} of the clause text it selects when it is given, and the {@linkplain
 * #vocabulary() vocabulary} whose labels name a choice parameter's ids:
 *
 * <pre>{@code
 * Parameter.choices("shareable", List.of("news", "events"), false).withVariant("shareable");
 *     // clause.advocacy.encouraged.shareable when the list is not empty
 * Parameter.choices("networks", List.of("facebook", "x"), true).withVocabulary("network");
 *     // the ids are labelled value.network.facebook and value.network.x
 * Parameter.integer("minutesPerDay", 1, 480).withPlaceholder("minutes");
 *     // the clause text says {minutes}
 * }</pre>
 */
@Value.Immutable
public abstract class Parameter {
  Parameter() {}

  /**
   * Returns the camelCase name, the parameter's JSON field.
   *
   * @return a name such as {@code minutesPerDay}
   */
  public abstract String name();

  /**
   * Returns the type of the parameter's value.
   *
   * @return the kind
   */
  public abstract ParameterKind kind();

  /**
   * Tells whether a decision must give this parameter a value; a missing one is an error finding.
   *
   * @return true if required
   */
  @Value.Default
  public boolean required() {
    return true;
  }

  /**
   * Returns the smallest allowed value of an integer parameter.
   *
   * @return the inclusive minimum, if the parameter declares one
   */
  public abstract Optional<Long> minimum();

  /**
   * Returns the largest allowed value of an integer parameter.
   *
   * @return the inclusive maximum, if the parameter declares one
   */
  public abstract Optional<Long> maximum();

  /**
   * Returns the ids a choice parameter allows, in their defined order.
   *
   * @return the allowed ids; empty for other kinds
   */
  public abstract List<String> allowedValues();

  /**
   * Returns the value a suggested fix gives this parameter when a decision lacks it. It is never
   * filled in silently: a missing required value is still an error finding.
   *
   * @return the declared default value, of this parameter's kind and within its range; empty if
   *     none is declared
   */
  public abstract Optional<ParameterValue> defaultValue();

  /**
   * Returns the name by which a clause text refers to this parameter's value, as {@code {name}}.
   *
   * @return a camelCase name; the parameter's name unless another is declared
   */
  @Value.Default
  public String placeholder() {
    return name();
  }

  /**
   * Returns the variant of its option's clause text that this parameter selects when a decision
   * gives it: the suffix added to the key {@code clause.<area>.<option>}, such as {@code aligned}
   * for {@code clause.tone.respectful.aligned}. A boolean selects it only when true and a list only
   * when not empty; any other value whenever it is given.
   *
   * @return a kebab-case suffix; empty if the parameter selects no variant
   */
  public abstract Optional<String> variant();

  /**
   * Returns the vocabulary of a choice parameter's ids: a document names id {@code x} with the
   * label {@code value.<vocabulary>.x}, so that parameters whose ids mean the same share their
   * labels, as both {@code networks} parameters of the standard catalogue share {@code network}.
   *
   * @return a camelCase name or kebab-case id; the parameter's name unless another is declared
   */
  @Value.Default
  public String vocabulary() {
    return name();
  }

  /**
   * Tells whether a list parameter's values are alternatives, so that a document joins them with
   * "or" rather than "and": "before you post about our products or legal matters".
   *
   * @return true if the values are alternatives; false unless declared
   */
  @Value.Default
  public boolean alternatives() {
    return false;
  }

  /**
   * Tells whether a value is of this parameter's kind and, for choices, among its allowed values.
   * The range is not considered.
   *
   * @param value a value
   * @return true if the value has this parameter's type
   */
  public boolean accepts(ParameterValue value) {
    if (value.kind() != kind()) {
      return false;
    }
    return switch (kind()) {
      case CHOICE -> allowedValues().contains(value.asText());
      case CHOICES -> allowedValues().containsAll(value.asList());
      default -> true;
    };
  }

  /**
   * Tells whether a value lies within this parameter's declared range.
   *
   * @param value a value of this parameter's kind
   * @return false only for an integer outside the declared range
   */
  public boolean inRange(ParameterValue value) {
    if (value.kind() != ParameterKind.INTEGER) {
      return true;
    }
    long number = value.asInteger();
    return minimum().map(min -> number >= min).orElse(true)
        && maximum().map(max -> number <= max).orElse(true);
  }

  /**
   * Returns a required integer parameter with an inclusive range.
   *
   * @param name the camelCase name
   * @param minimum the smallest allowed value
   * @param maximum the largest allowed value
   * @return the parameter
   */
  public static Parameter integer(String name, long minimum, long maximum) {
    return builder()
        .name(name)
        .kind(ParameterKind.INTEGER)
        .minimum(minimum)
        .maximum(maximum)
        .build();
  }

  /**
   * Returns a parameter of a kind that takes no allowed values or range.
   *
   * @param name the camelCase name
   * @param kind {@code BOOLEAN}, {@code TEXT}, {@code DATE}, {@code TEXTS} or {@code INTEGER}
   * @param required whether a decision must give it a value
   * @return the parameter
   */
  public static Parameter of(String name, ParameterKind kind, boolean required) {
    return builder().name(name).kind(kind).required(required).build();
  }

  /**
   * Returns a required parameter whose value is one of some ids.
   *
   * @param name the camelCase name
   * @param allowed the allowed ids, in their defined order
   * @return the parameter
   */
  public static Parameter choice(String name, List<String> allowed) {
    return builder().name(name).kind(ParameterKind.CHOICE).allowedValues(allowed).build();
  }

  /**
   * Returns a parameter whose value is a list of distinct ids.
   *
   * @param name the camelCase name
   * @param allowed the allowed ids, in their defined order
   * @param required whether a decision must give it a value
   * @return the parameter
   */
  public static Parameter choices(String name, List<String> allowed, boolean required) {
    return builder()
        .name(name)
        .kind(ParameterKind.CHOICES)
        .allowedValues(allowed)
        .required(required)
        .build();
  }

  /**
   * Returns this parameter with a default value.
   *
   * @param value the value a suggested fix gives a decision that lacks it
   * @return a copy with the default value
   * @throws IllegalArgumentException if the value is not of this parameter's kind or out of its
   *     range
   * @see #defaultValue()
   */
  public Parameter withDefaultValue(ParameterValue value) {
    return builder().from(this).defaultValue(value).build();
  }

  /**
   * Returns this parameter with another placeholder.
   *
   * @param placeholder the camelCase name a clause text uses for the value
   * @return a copy with the placeholder
   * @see #placeholder()
   */
  public Parameter withPlaceholder(String placeholder) {
    return builder().from(this).placeholder(placeholder).build();
  }

  /**
   * Returns this parameter selecting a variant of its option's clause text.
   *
   * @param variant the kebab-case suffix of the clause text's key
   * @return a copy with the variant
   * @see #variant()
   */
  public Parameter withVariant(String variant) {
    return builder().from(this).variant(variant).build();
  }

  /**
   * Returns this parameter with another vocabulary for its ids' labels.
   *
   * @param vocabulary the camelCase name or kebab-case id of the labels' keys
   * @return a copy with the vocabulary
   * @see #vocabulary()
   */
  public Parameter withVocabulary(String vocabulary) {
    return builder().from(this).vocabulary(vocabulary).build();
  }

  /**
   * Returns this parameter with its values declared as alternatives, joined with "or" in a
   * document.
   *
   * @return a copy whose values are alternatives
   * @see #alternatives()
   */
  public Parameter withAlternatives() {
    return builder().from(this).alternatives(true).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Ids.requireCamel("a parameter name", name());
    boolean choice = kind() == ParameterKind.CHOICE || kind() == ParameterKind.CHOICES;
    if (choice == allowedValues().isEmpty()) {
      throw new IllegalArgumentException(
          "parameter '" + name() + "': allowed values are given exactly for choice kinds");
    }
    allowedValues().forEach(id -> Ids.requireKebabCase("an allowed value", id));
    if (minimum().isPresent() && maximum().isPresent() && minimum().get() > maximum().get()) {
      throw new IllegalArgumentException(
          "parameter '" + name() + "': the minimum exceeds the maximum");
    }
    if (kind() != ParameterKind.INTEGER && (minimum().isPresent() || maximum().isPresent())) {
      throw new IllegalArgumentException(
          "parameter '" + name() + "': only an integer parameter has a range");
    }
    Ids.requireCamel("a placeholder", placeholder());
    variant().ifPresent(variant -> Ids.requireKebabCase("a variant", variant));
    Ids.requireCamelOrKebab("a vocabulary", vocabulary());
    defaultValue()
        .filter(value -> !accepts(value) || !inRange(value))
        .ifPresent(
            value -> {
              throw new IllegalArgumentException(
                  "parameter '" + name() + "': the default value " + value + " is not allowed");
            });
  }

  /** Builds a {@link Parameter}. */
  public static final class Builder extends ImmutableParameter.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
