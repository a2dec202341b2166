package dev.guidepost.render.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.catalogue.Chapter;
import dev.guidepost.policy.message.MessageBundle;
import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.standard.StandardCatalogue;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StandardTextsTest {
  private final Set<String> english = StandardTexts.ALL.keys(Language.ENGLISH);

  @Test
  void every_clause_text_exists_in_all_five_languages_with_the_same_placeholders() {
    assertThat(StandardTexts.CLAUSES.languages()).containsExactlyElementsOf(Language.standard());
    assertThat(StandardTexts.CLAUSES.gaps(Language.standard())).isEmpty();
  }

  @Test
  void every_chapter_area_option_and_value_of_the_standard_catalogue_has_a_text() {
    for (Chapter chapter : StandardCatalogue.catalogue().chapters()) {
      assertThat(english).contains("chapter." + chapter.id());
    }
    for (Area area : StandardCatalogue.catalogue().areas()) {
      assertThat(english).contains("area." + area.id());
      for (Option option : area.options()) {
        assertThat(english).contains("clause." + area.id() + "." + option.id());
        for (Parameter parameter : option.parameters()) {
          for (String value : parameter.allowedValues()) {
            assertThat(english).contains("value." + parameter.vocabulary() + "." + value);
          }
        }
      }
    }
  }

  @Test
  void names_of_areas_and_values_have_one_owner_the_core() {
    for (Language language : Language.standard()) {
      assertThat(StandardTexts.CLAUSES.keys(language))
          .noneMatch(key -> key.startsWith("area.") || key.startsWith("value."));
    }
    assertThat(StandardTexts.ALL.pattern(Language.DANISH, "area.tone"))
        .isEqualTo(MessageBundle.standard().pattern(Language.DANISH, "area.tone"));
  }

  @Test
  void the_texts_are_english_danish_swedish_norwegian_and_dutch() {
    assertThat(StandardTexts.CLAUSES.pattern(Language.DANISH, "title"))
        .isEqualTo("Politik for sociale medier – {organisation}");
    assertThat(StandardTexts.CLAUSES.pattern(Language.SWEDISH, "title"))
        .startsWith("Riktlinjer för sociala medier");
    assertThat(StandardTexts.CLAUSES.pattern(Language.NORWEGIAN, "title"))
        .startsWith("Retningslinjer for sosiale medier");
    assertThat(StandardTexts.CLAUSES.pattern(Language.DUTCH, "title"))
        .startsWith("Richtlijnen voor social media");
  }
}
