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

  /**
   * Checks that a text is a well-formed id: words of lower-case letters and digits joined by single
   * hyphens, such as {@code works-council}.
   *
   * @param what what the id names, for the error message, such as {@code "a rule id"}
   * @param id the text to check
   * @return the id
   * @throws IllegalArgumentException if the text is not kebab-case
   */
  static String requireKebabCase(String what, String id) {
    return Ids.requireKebab(what, id);
  }
}
