package dev.guidepost.policy.rules;

import dev.guidepost.policy.source.Source;
import java.time.LocalDate;

/**
 * The published guidance that the practice rules rest on, named so that a reader can find it. A
 * rule of practice says it is practice: these articles describe what organisations commonly do and
 * recommend, not what the law requires.
 */
final class Practice {
  private Practice() {}

  /** Susanne Stærk's seven points for a company policy (claushoffmann.dk). */
  static final Source SEVEN_POINTS =
      Source.practice("S. Stærk, \"Tip til firmapolitik på sociale medier\" (claushoffmann.dk)");

  /** Eight questions a company should consider on social media. */
  static final Source EIGHT_QUESTIONS =
      Source.practice("\"8 ting din virksomhed bør overveje når I benytter de sociale medier\"");

  /** A Swedish consultancy's advice to encourage rather than restrict. */
  static final Source ENCOURAGE = Source.practice("\"Uppmuntra istället för att begränsa!\"");

  /** A Norwegian article on shared ground rules for social media. */
  static final Source GROUND_RULES =
      Source.practice(
          "\"Har ditt selskap utarbeidet felles kjøreregler for sosiale medier?\" (INTUNOR Employee Management)");

  /** Three tips for social media guidelines (Dutch news item). */
  static final Source THREE_TIPS =
      Source.practice("\"Drie tips voor social mediarichtlijnen\"")
          .dated(LocalDate.of(2012, 5, 10));
}
