package dev.guidepost.policy.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a policy decides for one area: an {@link Option} with values for its parameters.
 *
 * <p>Every value is of a parameter that the option declares and of that parameter's type. A
 * required parameter may be missing and a number may lie outside its range: such a decision is
 * wrong, not malformed, and the rule engine reports it. A decision binds everyone unless it names
 * the one {@link Audience} it binds ({@link #binds()}), so that a rule can tell a duty of those who
 * speak for the organisation from a duty of every employee. Immutable and thread-safe.
 *
 * <pre>{@code
 * Decision decision = Decision.builder()
 *     .option(WorkingHours.TIME_LIMITED)
 *     .putValue("minutesPerDay", ParameterValue.ofInteger(30))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Decision {
  Decision() {}

  /**
   * Returns the chosen option.
   *
   * @return the option
   */
  public abstract Option option();

  /**
   * Returns the parameter values by parameter name.
   *
   * @return the values given; a missing one is absent
   */
  public abstract Map<String, ParameterValue> values();

  /**
   * Returns the people this decision binds, if not everyone.
   *
   * @return the audience, or empty if the decision binds everyone
   */
  public abstract Optional<Audience> binds();

  /**
   * Tells whether this decision binds everyone.
   *
   * @return true if it names no audience
   */
  public boolean bindsEveryone() {
    return binds().isEmpty();
  }

  /**
   * Returns this decision bound to an audience.
   *
   * @param audience the people it binds
   * @return a new decision
   */
  public Decision boundTo(Audience audience) {
    return builder().from(this).binds(audience).build();
  }

  /**
   * Returns the id of the area this decision is about.
   *
   * @return the area id
   */
  public String area() {
    return option().area();
  }

  /**
   * Returns the value of one parameter.
   *
   * @param name a parameter name
   * @return the value, or empty if none was given
   */
  public Optional<ParameterValue> value(String name) {
    return Optional.ofNullable(values().get(name));
  }

  /**
   * Tells whether this decision chose an option.
   *
   * @param option an option
   * @return true if this decision chose it
   */
  public boolean is(Option option) {
    return option().equals(option);
  }

  /**
   * Returns a decision for an option, with no parameter values.
   *
   * @param option the option
   * @return the decision
   */
  public static Decision of(Option option) {
    return builder().option(option).build();
  }

  /**
   * Returns this decision with one parameter value set or replaced.
   *
   * @param name the parameter's name
   * @param value its new value
   * @return a new decision
   * @throws IllegalArgumentException if the option does not declare the parameter or the value is
   *     of another type
   */
  public Decision withValue(String name, ParameterValue value) {
    return builder().from(this).putValue(name, value).build();
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
    values()
        .forEach(
            (name, value) -> {
              Parameter parameter =
                  option()
                      .parameter(name)
                      .orElseThrow(
                          () ->
                              new IllegalArgumentException(
                                  "option '"
                                      + option()
                                      + "' declares no parameter '"
                                      + name
                                      + "'"));
              if (!parameter.accepts(value)) {
                throw new IllegalArgumentException(
                    "parameter '" + name + "' of '" + option() + "' does not accept " + value);
              }
            });
  }

  @Override
  public String toString() {
    String text = values().isEmpty() ? option().toString() : option() + " " + values();
    return binds().map(audience -> text + " binds " + audience.id()).orElse(text);
  }

  /** Builds a {@link Decision}. */
  public static final class Builder extends ImmutableDecision.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
