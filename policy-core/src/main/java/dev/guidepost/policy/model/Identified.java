package dev.guidepost.policy.model;

import java.util.Optional;

/**
 * Something with a stable, public, kebab-case id: the form it takes in JSON, in findings and on the
 * command line. Ids never change once released.
 */
public interface Identified {
  /**
   * Returns the stable id.
   *
   * @return a kebab-case id such as {@code "works-council"}
   */
  String id();

  /**
   * Finds the element with an id among some identified values, typically an enum's {@code
   * values()}.
   *
   * @param <E> the type of the values
   * @param values the values to search, in order
   * @param id the id to find
   * @return the first value with this id, or empty
   */
  static <E extends Identified> Optional<E> find(E[] values, String id) {
    for (E value : values) {
      if (value.id().equals(id)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
