package dev.guidepost.examples.server;

import dev.guidepost.policy.message.MessageBundle;
import dev.guidepost.policy.model.Language;
import java.util.Map;

/**
 * The server's own texts (page titles, field labels, error messages): a {@link MessageBundle} read
 * from one UTF-8 {@code texts_<language>.properties} file per standard language beside this class.
 * Loaded once; immutable.
 */
final class ServerTexts {
  static final MessageBundle BUNDLE =
      MessageBundle.read(ServerTexts.class::getResourceAsStream, "texts", Language.standard());

  private ServerTexts() {}

  /** Returns a text without placeholders. */
  static String text(Language language, String key) {
    return BUNDLE.format(language, key, Map.of());
  }

  /** Returns a text with its placeholders, such as {@code {value}}, filled. */
  static String text(Language language, String key, Map<String, String> arguments) {
    return BUNDLE.format(language, key, arguments);
  }
}
