package dev.guidepost.policy.model;

import java.util.regex.Pattern;

/** Checks the two id forms of the model: kebab-case ids and camelCase parameter names. */
final class Ids {
  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern CAMEL = Pattern.compile("[a-z][a-zA-Z0-9]*");

  private Ids() {}

  static String requireKebab(String what, String id) {
    if (!KEBAB.matcher(id).matches()) {
      throw new IllegalArgumentException(
          what + " must be a kebab-case id such as 'working-hours', but was '" + id + "'");
    }
    return id;
  }

  static String requireCamel(String what, String name) {
    if (!CAMEL.matcher(name).matches()) {
      throw new IllegalArgumentException(
          what + " must be a camelCase name such as 'minutesPerDay', but was '" + name + "'");
    }
    return name;
  }

  static String requireText(String what, String text) {
    if (text.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return text;
  }
}
