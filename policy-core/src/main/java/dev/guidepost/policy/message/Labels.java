package dev.guidepost.policy.message;

/**
 * The names of the standard catalogue's areas, options and parameters as messages. An id that has
 * no name in the bundles, such as an area a user added, is shown as it is.
 */
public final class Labels {
  private Labels() {}

  /**
   * Returns an area's name.
   *
   * @param area an area id
   * @return the message {@code area.<id>}, or the id itself
   */
  public static Message area(String area) {
    return keyOrId("area." + area, area);
  }

  /**
   * Returns an option's name.
   *
   * @param area the option's area id
   * @param option the option id
   * @return the message {@code option.<area>.<option>}, or the option id itself
   */
  public static Message option(String area, String option) {
    return keyOrId("option." + area + "." + option, option);
  }

  /**
   * Returns a parameter's name.
   *
   * @param parameter a parameter name
   * @return the message {@code parameter.<name>}, or the name itself
   */
  public static Message parameter(String parameter) {
    return keyOrId("parameter." + parameter, parameter);
  }

  private static Message keyOrId(String key, String id) {
    return Messages.standard().has(key) ? Message.of(key) : Message.literal(id);
  }
}
