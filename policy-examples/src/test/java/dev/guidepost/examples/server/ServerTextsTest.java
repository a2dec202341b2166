package dev.guidepost.examples.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.message.UnresolvedMessageException;
import dev.guidepost.policy.model.Language;
import org.junit.jupiter.api.Test;

class ServerTextsTest {
  @Test
  void every_key_exists_in_every_language_with_the_same_placeholders() {
    assertThat(ServerTexts.BUNDLE.gaps(Language.standard())).isEmpty();
  }

  @Test
  void no_translation_is_left_in_english() {
    for (Language language : Language.standard().subList(1, 5)) {
      for (String key : english()) {
        if (!key.equals("field.country") && !key.equals("field.sector")) {
          assertThat(ServerTexts.BUNDLE.pattern(language, key))
              .as("%s in %s", key, language)
              .isNotEqualTo(ServerTexts.BUNDLE.pattern(Language.ENGLISH, key));
        }
      }
    }
  }

  @Test
  void an_unknown_key_is_a_programming_error() {
    assertThatThrownBy(() -> ServerTexts.text(Language.DANISH, "page.nothing"))
        .isInstanceOf(UnresolvedMessageException.class)
        .hasMessage("no message has the key 'page.nothing'");
  }

  private static java.util.Set<String> english() {
    return ServerTexts.BUNDLE.keys(Language.ENGLISH);
  }
}
