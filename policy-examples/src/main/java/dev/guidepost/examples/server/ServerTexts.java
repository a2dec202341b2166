package dev.guidepost.examples.server;

import dev.guidepost.policy.message.Messages;
import dev.guidepost.policy.model.Language;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The server's own texts (page titles, field labels, error messages), one UTF-8 {@code
 * texts_<language>.properties} file per standard language beside this class. Loaded once;
 * immutable.
 */
final class ServerTexts {
  private static final Map<Language, Map<String, String>> TEXTS = loadAll();

  private ServerTexts() {}

  /** Returns a text with its placeholders, such as {@code {value}}, still in it. */
  static String text(Language language, String key) {
    String text = TEXTS.getOrDefault(language, Map.of()).get(key);
    if (text == null) {
      throw new IllegalArgumentException("the server has no text '" + key + "' in " + language);
    }
    return text;
  }

  /** Returns the keys of a language, sorted. */
  static Set<String> keys(Language language) {
    return new TreeSet<>(TEXTS.getOrDefault(language, Map.of()).keySet());
  }

  private static Map<Language, Map<String, String>> loadAll() {
    Map<Language, Map<String, String>> texts = new TreeMap<>();
    for (Language language : Language.standard()) {
      texts.put(language, load("texts_" + language.code() + ".properties"));
    }
    return Map.copyOf(texts);
  }

  private static Map<String, String> load(String name) {
    InputStream in = ServerTexts.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("the server's texts " + name + " are missing");
    }
    return Messages.readBundle(in, name);
  }
}
