package dev.guidepost.cli;

import dev.guidepost.policy.message.MessageBundle;
import dev.guidepost.policy.model.Language;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every text the command-line tool prints itself, in one language: its headings, its error messages
 * and the descriptions of its help. One UTF-8 {@code cli_<code>.properties} file per standard
 * language sits beside this class, read as one {@link MessageBundle}; a test proves that every
 * language has every key with the same {@code {name}} placeholders. The same texts serve picocli as
 * its {@link #bundle() resource bundle}, under picocli's keys ({@code usage.*}, {@code
 * <command>.usage.description}, option description keys).
 *
 * <p>Loaded once; immutable and thread-safe.
 */
final class CliTexts {
  static final MessageBundle BUNDLE =
      MessageBundle.read(CliTexts.class::getResourceAsStream, "cli", Language.standard());

  private static final Map<Language, CliTexts> ALL = loadAll();

  private final Language language;

  private CliTexts(Language language) {
    this.language = language;
  }

  /**
   * Returns the texts of a language.
   *
   * @param language a standard language
   * @return its texts
   * @throws IllegalArgumentException if the language is not a standard one
   */
  static CliTexts of(Language language) {
    CliTexts texts = ALL.get(language);
    if (texts == null) {
      throw new IllegalArgumentException("the command-line tool has no texts in " + language);
    }
    return texts;
  }

  Language language() {
    return language;
  }

  /** Returns the keys, sorted. */
  Set<String> keys() {
    return BUNDLE.keys(language);
  }

  /** Returns a text before its placeholders are filled. */
  String pattern(String key) {
    return BUNDLE.pattern(language, key);
  }

  /**
   * Returns a text with its placeholders filled.
   *
   * @param key the key
   * @param namesAndValues placeholder names, each followed by its value
   */
  String get(String key, String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("every placeholder name needs a value: " + key);
    }
    Map<String, String> arguments = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      arguments.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return BUNDLE.format(language, key, arguments);
  }

  /**
   * Writes a count for running text: two to twelve in words ({@code number.<n>}), as house style in
   * each language asks, other numbers in digits. Counters and ranges ("1 to 10") keep digits.
   */
  String count(int number) {
    String key = "number." + number;
    return BUNDLE.keys(language).contains(key) ? pattern(key) : String.valueOf(number);
  }

  /** Returns the placeholder names of a key's text, sorted. */
  Set<String> placeholders(String key) {
    return BUNDLE.placeholders(language, key);
  }

  /** Returns these texts as the resource bundle picocli reads its help texts from. */
  ResourceBundle bundle() {
    return new ResourceBundle() {
      @Override
      protected @Nullable Object handleGetObject(String key) {
        return BUNDLE.keys(language).contains(key) ? BUNDLE.pattern(language, key) : null;
      }

      @Override
      public Enumeration<String> getKeys() {
        return Collections.enumeration(BUNDLE.keys(language));
      }
    };
  }

  private static Map<Language, CliTexts> loadAll() {
    Map<Language, CliTexts> all = new LinkedHashMap<>();
    for (Language language : BUNDLE.languages()) {
      all.put(language, new CliTexts(language));
    }
    return Collections.unmodifiableMap(all);
  }
}
