package dev.guidepost.render.compose;

import dev.guidepost.policy.message.MessageBundle;
import dev.guidepost.policy.model.Language;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A composer's texts in one language, with that language's way of writing lists, numbers, dates and
 * language names. Immutable and thread-safe.
 */
final class Phrasebook {
  private final Language language;
  private final MessageBundle texts;
  private final DateTimeFormatter dates;
  private final Set<String> own;

  Phrasebook(Language language, MessageBundle texts) {
    this.language = language;
    this.texts = texts;
    this.own = Set.copyOf(texts.keys(language));
    this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
  }

  Language language() {
    return language;
  }

  boolean has(String key) {
    return texts.has(key);
  }

  /** Tells whether this language has a text itself, without falling back to another. */
  boolean hasOwn(String key) {
    return own.contains(key);
  }

  /** Returns a text before its placeholders are filled. */
  String pattern(String key) {
    requireText(key);
    return texts.pattern(language, key);
  }

  /** Returns a text with its named placeholders filled, in one pass. */
  String fill(String key, Map<String, String> arguments) {
    requireText(key);
    return texts.format(language, key, arguments);
  }

  /** Joins items as the language does: "a, b and c". */
  String list(List<String> items) {
    return joined("list.and", items);
  }

  /** Writes alternatives one after another, the last after "or" ("pay or legal matters"). */
  String alternatives(List<String> items) {
    return joined("list.or", items);
  }

  private String joined(String key, List<String> items) {
    if (items.size() < 2) {
      return String.join("", items);
    }
    String init = String.join(", ", items.subList(0, items.size() - 1));
    return fill(key, Map.of("items", init, "last", items.get(items.size() - 1)));
  }

  /**
   * Writes a whole number for running text: in words where the texts have {@code number.<n>} (two
   * to twelve, as house style in each language asks; one has its own {@code .one} clause texts),
   * every other number in digits grouped as the language does.
   */
  String number(long number) {
    String word = "number." + number;
    if (has(word)) {
      return pattern(word);
    }
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

  /** A text the composer needs and lacks is a composer built without it, not a bad policy. */
  private void requireText(String key) {
    if (!texts.has(key)) {
      throw new IllegalStateException(
          "the composer has no text '" + key + "' in language '" + language + "'");
    }
  }
}
