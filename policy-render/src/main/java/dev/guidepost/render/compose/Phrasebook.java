package dev.guidepost.render.compose;

import dev.guidepost.policy.model.Language;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of one language, by key, with that language's way of writing lists, numbers, dates and
 * language names. Immutable and thread-safe.
 */
final class Phrasebook {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

  private final Language language;
  private final Map<String, String> texts;
  private final DateTimeFormatter dates;

  Phrasebook(Language language, Map<String, String> texts) {
    this.language = language;
    this.texts = Map.copyOf(texts);
    this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
  }

  Language language() {
    return language;
  }

  boolean has(String key) {
    return texts.containsKey(key);
  }

  /** Returns a text before its placeholders are filled. */
  String pattern(String key) {
    String text = texts.get(key);
    if (text == null) {
      throw new IllegalStateException(
          "the composer has no text '" + key + "' in language '" + language + "'");
    }
    return text;
  }

  /** Returns a text with its named placeholders filled, in one pass. */
  String fill(String key, Map<String, String> arguments) {
    Matcher matcher = PLACEHOLDER.matcher(pattern(key));
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = arguments.get(matcher.group(1));
      if (value == null) {
        throw new IllegalStateException(
            "text '"
                + key
                + "' in '"
                + language
                + "' needs a value for {"
                + matcher.group(1)
                + "}");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** Joins items as the language does: "a, b and c". */
  String list(List<String> items) {
    if (items.size() < 2) {
      return String.join("", items);
    }
    String init = String.join(", ", items.subList(0, items.size() - 1));
    return fill("list.and", Map.of("items", init, "last", items.get(items.size() - 1)));
  }

  String number(long number) {
    return NumberFormat.getIntegerInstance(language.locale()).format(number);
  }

  String date(LocalDate date) {
    return dates.format(date);
  }

  /** Returns the name of a language as this language writes it after "in". */
  String languageName(Language other) {
    String key = "language." + other.code();
    return has(key) ? pattern(key) : other.locale().getDisplayLanguage(language.locale());
  }
}
