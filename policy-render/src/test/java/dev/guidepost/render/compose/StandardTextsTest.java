package dev.guidepost.render.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.catalogue.Chapter;
import dev.guidepost.policy.message.Messages;
import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.standard.StandardCatalogue;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandardTextsTest {
  private final Map<String, String> english = StandardTexts.reference();

  @Test
  void every_key_exists_in_all_five_languages_with_the_same_placeholders() {
    assertThat(StandardTexts.all()).containsOnlyKeys(Language.standard());
    for (Language language : Language.standard()) {
      Map<String, String> texts = StandardTexts.load(language);
      assertThat(texts.keySet()).as(language.code()).isEqualTo(english.keySet());
      texts.forEach(
          (key, text) -> {
            assertThat(text).as(language + " " + key).isNotBlank();
            assertThat(Messages.placeholders(text))
                .as(language + " " + key)
                .isEqualTo(Messages.placeholders(english.getOrDefault(key, "")));
          });
    }
  }

  @Test
  void every_chapter_area_option_and_value_of_the_standard_catalogue_has_a_text() {
    for (Chapter chapter : StandardCatalogue.catalogue().chapters()) {
      assertThat(english).containsKey("chapter." + chapter.id());
    }
    for (Area area : StandardCatalogue.catalogue().areas()) {
      assertThat(english).containsKey("area." + area.id());
      for (Option option : area.options()) {
        assertThat(english).containsKey("clause." + area.id() + "." + option.id());
        for (Parameter parameter : option.parameters()) {
          for (String value : parameter.allowedValues()) {
            assertThat(english.keySet()).anyMatch(key -> key.matches("value\\.[a-z]+\\." + value));
          }
        }
      }
    }
  }

  @Test
  void the_texts_are_english_danish_swedish_norwegian_and_dutch() {
    assertThat(StandardTexts.load(Language.DANISH).get("title"))
        .isEqualTo("Politik for sociale medier – {organisation}");
    assertThat(StandardTexts.load(Language.SWEDISH).get("title"))
        .startsWith("Riktlinjer för sociala medier");
    assertThat(StandardTexts.load(Language.NORWEGIAN).get("title"))
        .startsWith("Retningslinjer for sosiale medier");
    assertThat(StandardTexts.load(Language.DUTCH).get("title"))
        .startsWith("Social media richtlijnen");
  }

  @Test
  void a_language_without_a_clause_file_is_named_in_the_error() {
    assertThatThrownBy(() -> StandardTexts.load(Language.of("fi")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the clause texts clauses_fi.properties are missing");
  }
}
