package dev.guidepost.policy.rules;

/**
 * The published guidance that the practice rules rest on, named so that a reader can find it. A
 * rule of practice says it is practice: these articles describe what organisations commonly do and
 * recommend, not what the law requires.
 */
final class Practice {
  private Practice() {}

  /** Susanne Stærk's seven points for a company policy (Danish, claushoffmann.dk). */
  static final String SEVEN_POINTS =
      "practice: S. Stærk, \"Tip til firmapolitik på sociale medier\" (claushoffmann.dk)";

  /** Eight questions a company should consider on social media (Danish article). */
  static final String EIGHT_QUESTIONS =
      "practice: \"8 ting din virksomhed bør overveje når I benytter de sociale medier\" (Danish"
          + " article)";

  /** A Swedish consultancy's advice to encourage rather than restrict. */
  static final String ENCOURAGE =
      "practice: \"Uppmuntra istället för att begränsa!\" (Swedish consultancy blog)";

  /** A Norwegian article on shared ground rules for social media. */
  static final String GROUND_RULES =
      "practice: \"Har ditt selskap utarbeidet felles kjøreregler for sosiale medier?\" (Norwegian"
          + " article)";

  /** Three tips for social media guidelines (Dutch news item, 10 May 2012). */
  static final String THREE_TIPS =
      "practice: \"Drie tips voor social mediarichtlijnen\" (Dutch news item, 10 May 2012)";

  /**
   * A point of one of these articles.
   *
   * @param article one of the constants of this class
   * @param point the point's number in the article
   * @return the source, such as {@code practice: "…" (…), point 8}
   */
  static String point(String article, int point) {
    return article + ", point " + point;
  }
}
