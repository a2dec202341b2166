package dev.guidepost.render.compose;

import dev.guidepost.policy.model.Language;
import java.util.Map;
import java.util.Objects;

/**
 * Text the organisation wrote itself, such as a custom clause or a revision's summary, given in one
 * or more languages: the text in the document's language, or else the one in the authoritative
 * language (or the first given), said to be only available in that language.
 */
final class OwnText {
  private OwnText() {}

  /**
   * Returns the text in another language than the document's, with a note that says which.
   *
   * @param texts the texts by language, at least one
   * @param authoritative the policy's authoritative language, preferred
   * @param book the document's phrasebook
   */
  static String untranslated(Map<Language, String> texts, Language authoritative, Phrasebook book) {
    Language source = authoritative;
    if (!texts.containsKey(source)) {
      source = texts.keySet().iterator().next();
    }
    String text = Objects.requireNonNull(texts.get(source), "text");
    return book.fill(
        "note.untranslated", Map.of("language", book.languageName(source), "text", text));
  }
}
