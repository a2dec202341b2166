package dev.guidepost.render.compose;

import dev.guidepost.policy.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The clause texts Guidepost ships: one UTF-8 {@code clauses_<code>.properties} file per standard
 * language, loaded once.
 */
final class StandardTexts {
  private static final Map<Language, Map<String, String>> TEXTS = loadAll();
  private static final Map<String, String> REFERENCE = load(Language.ENGLISH);

  private StandardTexts() {}

  /** Returns the texts of the standard languages, in the standard order. */
  static Map<Language, Map<String, String>> all() {
    return TEXTS;
  }

  /** Returns the English texts: the reference every language must cover. */
  static Map<String, String> reference() {
    return REFERENCE;
  }

  private static Map<Language, Map<String, String>> loadAll() {
    Map<Language, Map<String, String>> texts = new LinkedHashMap<>();
    for (Language language : Language.standard()) {
      texts.put(language, load(language));
    }
    return Collections.unmodifiableMap(texts);
  }

  static Map<String, String> load(Language language) {
    String name = "clauses_" + language.code() + ".properties";
    try (InputStream in = StandardTexts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the clause texts " + name + " are missing");
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      Map<String, String> texts = new TreeMap<>();
      properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
      return Collections.unmodifiableMap(texts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
