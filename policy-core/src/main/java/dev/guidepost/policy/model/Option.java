package dev.guidepost.policy.model;

import dev.guidepost.policy.internal.Ids;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One of the choices an {@link Area} offers, such as {@code time-limited} of {@code working-hours},
 * with the {@link Parameter parameters} it declares.
 *
 * <p>An option knows the id of its area, so a {@link Decision} is self-describing. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Option timeLimited = Option.of("working-hours", "time-limited",
 *     Parameter.integer("minutesPerDay", 1, 480));
 * }</pre>
 */
@Value.Immutable
public abstract class Option {
  Option() {}

  /**
   * Returns the id of the area this option belongs to.
   *
   * @return a kebab-case id such as {@code working-hours}
   */
  public abstract String area();

  /**
   * Returns the option's id, unique within its area.
   *
   * @return a kebab-case id such as {@code time-limited}
   */
  public abstract String id();

  /**
   * Returns the parameters this option declares, in their defined order.
   *
   * @return the parameters; often empty
   */
  public abstract List<Parameter> parameters();

  /**
   * Returns the parameter with this name.
   *
   * @param name a camelCase name
   * @return the parameter, or empty if the option does not declare it
   */
  public Optional<Parameter> parameter(String name) {
    return parameters().stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * Returns an option.
   *
   * @param area the id of its area
   * @param id its id
   * @param parameters the parameters it declares
   * @return the option
   */
  public static Option of(String area, String id, Parameter... parameters) {
    return builder().area(area).id(id).addParameters(parameters).build();
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
    Ids.requireKebabCase("an area id", area());
    Ids.requireKebabCase("an option id", id());
    Set<String> names = new HashSet<>();
    for (Parameter parameter : parameters()) {
      if (!names.add(parameter.name())) {
        throw new IllegalArgumentException(
            "option '" + id() + "' declares parameter '" + parameter.name() + "' twice");
      }
    }
  }

  @Override
  public String toString() {
    return area() + " = " + id();
  }

  /** Builds an {@link Option}. */
  public static final class Builder extends ImmutableOption.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
