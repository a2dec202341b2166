package dev.guidepost.render.compose;

import dev.guidepost.policy.message.MessageBundle;
import dev.guidepost.policy.model.Language;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The checks that keep a composer's texts whole: a text of one's own uses no placeholder the
 * standard text lacks, and every language the composer writes has every text a document needs.
 */
final class ComposerTexts {
  /** The keys every language of a composer needs: clauses, headings, and the names of things. */
  private static final SortedSet<String> REQUIRED = requiredKeys();

  private ComposerTexts() {}

  /**
   * Lays texts of one's own over a composer's texts.
   *
   * @throws IllegalArgumentException if a text uses a placeholder its standard text lacks
   */
  static MessageBundle overlay(MessageBundle texts, MessageBundle own) {
    for (Language language : own.languages()) {
      for (String key : own.keys(language)) {
        if (StandardTexts.ALL.has(key)) {
          Set<String> allowed = StandardTexts.ALL.placeholders(Language.ENGLISH, key);
          Set<String> used = own.placeholders(language, key);
          if (!allowed.containsAll(used)) {
            throw new IllegalArgumentException(
                "text '" + key + "' may use the placeholders " + allowed + ", but uses " + used);
          }
        }
      }
    }
    return texts.overlay(own);
  }

  /**
   * Returns the languages a composer with these texts writes: the standard ones, then any other the
   * texts have, in order.
   *
   * @throws IllegalArgumentException if a language lacks a text a document needs
   */
  static List<Language> languages(MessageBundle texts) {
    Set<Language> languages = new LinkedHashSet<>(Language.standard());
    languages.addAll(texts.languages());
    for (Language language : languages) {
      List<String> missing = new ArrayList<>(REQUIRED);
      missing.removeAll(texts.keys(language));
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            "the texts in '"
                + language
                + "' lack "
                + missing.size()
                + " keys, such as "
                + missing.subList(0, Math.min(5, missing.size())));
      }
    }
    return List.copyOf(languages);
  }

  /** Returns the keys every language of a composer needs, sorted. */
  static SortedSet<String> required() {
    return REQUIRED;
  }

  private static SortedSet<String> requiredKeys() {
    SortedSet<String> keys = new TreeSet<>(StandardTexts.CLAUSES.keys(Language.ENGLISH));
    for (String key : MessageBundle.standard().keys(Language.ENGLISH)) {
      if (key.startsWith("area.") || key.startsWith("value.")) {
        keys.add(key);
      }
    }
    return keys;
  }
}
