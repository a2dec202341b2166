package dev.guidepost.policy.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A typed parameter that an {@link Option} declares, such as {@code minutesPerDay} of {@code
 * working-hours = time-limited}.
 *
 * <p>An integer parameter may declare an inclusive range; a choice parameter declares its allowed
 * values. Immutable and thread-safe. Build one with the static factories:
 *
 * <pre>{@code
 * Parameter minutes = Parameter.integer("minutesPerDay", 1, 480);
 * Parameter networks = Parameter.choices("networks", List.of("facebook", "linkedin"));
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
    allowedValues().forEach(id -> Ids.requireKebab("an allowed value", id));
    if (minimum().isPresent() && maximum().isPresent() && minimum().get() > maximum().get()) {
      throw new IllegalArgumentException(
          "parameter '" + name() + "': the minimum exceeds the maximum");
    }
    if (kind() != ParameterKind.INTEGER && (minimum().isPresent() || maximum().isPresent())) {
      throw new IllegalArgumentException(
          "parameter '" + name() + "': only an integer parameter has a range");
    }
  }

  /** Builds a {@link Parameter}. */
  public static final class Builder extends ImmutableParameter.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
