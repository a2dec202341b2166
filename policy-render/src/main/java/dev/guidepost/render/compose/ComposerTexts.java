package dev.guidepost.render.compose;

import dev.guidepost.policy.message.Messages;
import dev.guidepost.policy.model.Language;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The texts a {@link Composer.Builder} collects, by language, and the checks that keep them whole:
 * no blank text, no placeholder the standard text lacks, and every language complete.
 */
final class ComposerTexts {
  private final Map<Language, Map<String, String>> texts = new LinkedHashMap<>();

  ComposerTexts(Map<Language, Map<String, String>> texts) {
    texts.forEach((language, map) -> this.texts.put(language, new TreeMap<>(map)));
  }

  void put(Language language, String key, String text) {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(text, "text");
    if (key.isBlank() || text.isBlank()) {
      throw new IllegalArgumentException("a key and its text must not be blank: '" + key + "'");
    }
    String standard = StandardTexts.reference().get(key);
    if (standard != null) {
      Set<String> allowed = Messages.placeholders(standard);
      Set<String> used = Messages.placeholders(text);
      if (!allowed.containsAll(used)) {
        throw new IllegalArgumentException(
            "text '" + key + "' may use the placeholders " + allowed + ", but uses " + used);
      }
    }
    texts.computeIfAbsent(language, l -> new TreeMap<>()).put(key, text);
  }

  Map<Language, Map<String, String>> complete() {
    Map<Language, Map<String, String>> copy = new LinkedHashMap<>();
    texts.forEach(
        (language, map) -> {
          List<String> missing = new ArrayList<>(StandardTexts.reference().keySet());
          missing.removeAll(map.keySet());
          if (!missing.isEmpty()) {
            throw new IllegalArgumentException(
                "the texts in '"
                    + language
                    + "' lack "
                    + missing.size()
                    + " keys, such as "
                    + missing.subList(0, Math.min(5, missing.size())));
          }
          copy.put(language, Collections.unmodifiableMap(new TreeMap<>(map)));
        });
    return copy;
  }
}
