package dev.guidepost.policy.model;

import dev.guidepost.policy.internal.Ids;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An area of concern that a policy decides, such as {@code working-hours}, with the {@link Option
 * options} it offers in their defined order.
 *
 * <p>Immutable and thread-safe. Every option's {@link Option#area()} is this area's id.
 */
@Value.Immutable
public abstract class Area {
  Area() {}

  /**
   * Returns the area's id.
   *
   * @return a kebab-case id such as {@code working-hours}
   */
  public abstract String id();

  /**
   * Returns the options, in their defined order.
   *
   * @return at least one option
   */
  public abstract List<Option> options();

  /**
   * Returns the option with this id.
   *
   * @param id an option id
   * @return the option, or empty if this area has none with that id
   */
  public Optional<Option> option(String id) {
    return options().stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /**
   * Returns an area with some options.
   *
   * @param id the area's id
   * @param options its options, each with this area's id
   * @return the area
   */
  public static Area of(String id, Option... options) {
    return builder().id(id).addOptions(options).build();
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
    Ids.requireKebabCase("an area id", id());
    if (options().isEmpty()) {
      throw new IllegalArgumentException("area '" + id() + "' offers no option");
    }
    Set<String> ids = new HashSet<>();
    for (Option option : options()) {
      if (!option.area().equals(id())) {
        throw new IllegalArgumentException(
            "option '" + option.id() + "' belongs to '" + option.area() + "', not '" + id() + "'");
      }
      if (!ids.add(option.id())) {
        throw new IllegalArgumentException(
            "area '" + id() + "' offers option '" + option.id() + "' twice");
      }
    }
  }

  /** Builds an {@link Area}. */
  public static final class Builder extends ImmutableArea.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
