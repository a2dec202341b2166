package dev.guidepost.policy.internal;

import java.util.regex.Pattern;

/**
 * Checks the two id forms of the model, kebab-case ids and camelCase parameter names, for every
 * package of the core. Not part of the API: the package is not exported.
 */
public final class Ids {
  private static final Pattern CAMEL = Pattern.compile("[a-z][a-zA-Z0-9]*");

  private Ids() {}

  /**
   * Returns the text if it is well-formed.
   *
   * @param what what the text names, for the error message
   * @param id the text
   * @return the text
   * @throws IllegalArgumentException if it is not well-formed, naming it
   */
  public static String requireKebabCase(String what, String id) {
    if (!isKebab(id)) {
      throw new IllegalArgumentException(
          what + " must be a kebab-case id such as 'working-hours', but was '" + id + "'");
    }
    return id;
  }

  /**
   * {@code [a-z0-9]+(-[a-z0-9]+)*}, checked without a regular expression: ids are checked often.
   */
  private static boolean isKebab(String id) {
    if (id.isEmpty() || id.charAt(0) == '-' || id.charAt(id.length() - 1) == '-') {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!plain && (c != '-' || id.charAt(i - 1) == '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the text if it is well-formed.
   *
   * @param what what the text names, for the error message
   * @param name the text
   * @return the text
   * @throws IllegalArgumentException if it is not well-formed, naming it
   */
  public static String requireCamel(String what, String name) {
    if (!CAMEL.matcher(name).matches()) {
      throw new IllegalArgumentException(
          what + " must be a camelCase name such as 'minutesPerDay', but was '" + name + "'");
    }
    return name;
  }

  /**
   * Returns the text if it is well-formed.
   *
   * @param what what the text names, for the error message
   * @param word the text
   * @return the text
   * @throws IllegalArgumentException if it is not well-formed, naming it
   */
  public static String requireCamelOrKebab(String what, String word) {
    if (!CAMEL.matcher(word).matches() && !isKebab(word)) {
      throw new IllegalArgumentException(
          what + " must be a camelCase name or a kebab-case id, but was '" + word + "'");
    }
    return word;
  }

  /**
   * Returns the text if it is well-formed.
   *
   * @param what what the text names, for the error message
   * @param text the text
   * @return the text
   * @throws IllegalArgumentException if it is not well-formed, naming it
   */
  public static String requireText(String what, String text) {
    if (text.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return text;
  }
}
