package dev.guidepost.cli;

import dev.guidepost.policy.message.Messages;
import dev.guidepost.policy.model.Language;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Every text the command-line tool prints itself, in one language: its headings, its error messages
 * and the descriptions of its help. One UTF-8 {@code cli_<code>.properties} file per standard
 * language sits beside this class; a test proves that every language has every key with the same
 * {@code {name}} placeholders. The same texts serve picocli as its {@link #bundle() resource
 * bundle}, under picocli's keys ({@code usage.*}, {@code <command>.usage.description}, option
 * description keys).
 *
 * <p>Loaded once; immutable and thread-safe.
 */
final class CliTexts {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");
  private static final Map<Language, CliTexts> ALL = loadAll();

  private final Language language;
  private final Map<String, String> texts;

  private CliTexts(Language language, Map<String, String> texts) {
    this.language = language;
    this.texts = texts;
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
    return texts.keySet();
  }

  /** Returns a text before its placeholders are filled. */
  String pattern(String key) {
    String text = texts.get(key);
    if (text == null) {
      throw new IllegalArgumentException("the command-line tool has no text '" + key + "'");
    }
    return text;
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
    Matcher matcher = PLACEHOLDER.matcher(pattern(key));
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = arguments.get(matcher.group(1));
      if (value == null) {
        throw new IllegalArgumentException(
            "text '" + key + "' needs a value for {" + matcher.group(1) + "}");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** Returns the placeholder names of a key's text, sorted. */
  Set<String> placeholders(String key) {
    return Messages.placeholders(pattern(key));
  }

  /** Returns these texts as the resource bundle picocli reads its help texts from. */
  ResourceBundle bundle() {
    return new ResourceBundle() {
      @Override
      protected @Nullable Object handleGetObject(String key) {
        return texts.get(key);
      }

      @Override
      public Enumeration<String> getKeys() {
        return Collections.enumeration(texts.keySet());
      }
    };
  }

  private static Map<Language, CliTexts> loadAll() {
    Map<Language, CliTexts> all = new LinkedHashMap<>();
    for (Language language : Language.standard()) {
      String name = "cli_" + language.code() + ".properties";
      all.put(
          language,
          new CliTexts(
              language, Messages.readBundle(CliTexts.class.getResourceAsStream(name), name)));
    }
    return Collections.unmodifiableMap(all);
  }
}
