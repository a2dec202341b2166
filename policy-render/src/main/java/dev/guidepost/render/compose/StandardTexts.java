package dev.guidepost.render.compose;

import dev.guidepost.policy.message.Messages;
import dev.guidepost.policy.model.Language;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

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
    InputStream in = StandardTexts.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("the clause texts " + name + " are missing");
    }
    return Messages.readBundle(in, name);
  }
}
