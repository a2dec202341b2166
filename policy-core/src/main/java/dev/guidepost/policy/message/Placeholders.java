package dev.guidepost.policy.message;

import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Named placeholders such as {@code {area}}: the one place that reads and fills them. */
final class Placeholders {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

  private Placeholders() {}

  /** Returns the names of the placeholders in a pattern, sorted. */
  static SortedSet<String> in(String pattern) {
    SortedSet<String> names = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(pattern);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  /**
   * Fills every placeholder of a pattern in one pass, so that a value is never read as a pattern.
   *
   * @param pattern the pattern
   * @param value the text of a placeholder by name; it throws for a name it has no value for
   */
  static String fill(String pattern, Function<String, String> value) {
    Matcher matcher = PLACEHOLDER.matcher(pattern);
    if (!matcher.find()) {
      return pattern;
    }
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    do {
      matcher.appendReplacement(out, Matcher.quoteReplacement(value.apply(matcher.group(1))));
    } while (matcher.find());
    matcher.appendTail(out);
    return out.toString();
  }
}
