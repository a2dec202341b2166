package dev.guidepost.policy.model;

import java.util.regex.Pattern;

/** Checks the two id forms of the model: kebab-case ids and camelCase parameter names. */
final class Ids {
  private static final Pattern CAMEL = Pattern.compile("[a-z][a-zA-Z0-9]*");

  private Ids() {}

  static String requireKebab(String what, String id) {
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

  static String requireCamel(String what, String name) {
    if (!CAMEL.matcher(name).matches()) {
      throw new IllegalArgumentException(
          what + " must be a camelCase name such as 'minutesPerDay', but was '" + name + "'");
    }
    return name;
  }

  static String requireCamelOrKebab(String what, String word) {
    if (!CAMEL.matcher(word).matches() && !isKebab(word)) {
      throw new IllegalArgumentException(
          what + " must be a camelCase name or a kebab-case id, but was '" + word + "'");
    }
    return word;
  }

  static String requireText(String what, String text) {
    if (text.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return text;
  }
}
