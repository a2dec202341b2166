package dev.guidepost.policy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Option;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueTest {
  private static final Option SCOPE_ALL = Option.of("scope", "all-social-media");
  private static final Area SCOPE = Area.of("scope", SCOPE_ALL);
  private static final Option NO_ENGAGEMENT = Option.of("competitors", "no-engagement");
  private static final Area COMPETITORS = Area.of("competitors", NO_ENGAGEMENT);
  private static final Area TONE = Area.of("tone", Option.of("tone", "respectful"));
  private static final Area AI_TOOLS = Area.of("ai-tools", Option.of("ai-tools", "disclose-use"));
  private static final Catalogue CATALOGUE =
      Catalogue.of(
          List.of(
              Chapter.of("scope-and-purpose", List.of(SCOPE)),
              Chapter.of("employees-own-use", List.of(COMPETITORS, TONE))));

  @Test
  void areas_are_those_of_every_chapter_in_document_order() {
    assertThat(CATALOGUE.areas()).containsExactly(SCOPE, COMPETITORS, TONE);
    assertThat(CATALOGUE.chapters())
        .extracting(Chapter::id)
        .containsExactly("scope-and-purpose", "employees-own-use");
  }

  @Test
  void finds_an_area_by_id() {
    assertThat(CATALOGUE.area("tone")).contains(TONE);
    assertThat(CATALOGUE.area("review")).isEmpty();
  }

  @Test
  void finds_an_option_by_area_and_id() {
    assertThat(CATALOGUE.option("competitors", "no-engagement")).contains(NO_ENGAGEMENT);
    assertThat(CATALOGUE.option("competitors", "unrestricted")).isEmpty();
    assertThat(CATALOGUE.option("review", "no-engagement")).isEmpty();
  }

  @Test
  void chapter_of_finds_the_chapter_holding_an_area() {
    assertThat(CATALOGUE.chapterOf("tone")).map(Chapter::id).contains("employees-own-use");
    assertThat(CATALOGUE.chapterOf("scope")).map(Chapter::id).contains("scope-and-purpose");
    assertThat(CATALOGUE.chapterOf("review")).isEmpty();
  }

  @Test
  void with_area_appends_an_area_to_an_existing_chapter() {
    Catalogue extended = CATALOGUE.withArea("scope-and-purpose", AI_TOOLS);
    assertThat(extended.chapters()).hasSize(2);
    assertThat(extended.chapterOf("ai-tools").orElseThrow().areas())
        .containsExactly(SCOPE, AI_TOOLS);
    assertThat(extended.areas()).containsExactly(SCOPE, AI_TOOLS, COMPETITORS, TONE);
  }

  @Test
  void with_area_adds_a_new_chapter_at_the_end() {
    Catalogue extended = CATALOGUE.withArea("technology", AI_TOOLS);
    assertThat(extended.chapters())
        .extracting(Chapter::id)
        .containsExactly("scope-and-purpose", "employees-own-use", "technology");
    assertThat(extended.chapters().get(2).areas()).containsExactly(AI_TOOLS);
    assertThat(extended.areas()).endsWith(AI_TOOLS);
  }

  @Test
  void with_area_leaves_the_original_unchanged() {
    CATALOGUE.withArea("technology", AI_TOOLS);
    assertThat(CATALOGUE.area("ai-tools")).isEmpty();
    assertThat(CATALOGUE.chapters()).hasSize(2);
  }

  @Test
  void with_area_rejects_an_area_the_catalogue_already_has() {
    Area otherTone = Area.of("tone", Option.of("tone", "not-addressed"));
    assertThatThrownBy(() -> CATALOGUE.withArea("employees-own-use", otherTone))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("area 'tone' twice");
    assertThatThrownBy(() -> CATALOGUE.withArea("scope-and-purpose", TONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("area 'tone' twice");
  }

  @Test
  void with_option_appends_an_option_to_an_area() {
    Option praiseOnly = Option.of("competitors", "praise-only");
    Catalogue extended = CATALOGUE.withOption("competitors", praiseOnly);
    assertThat(extended.area("competitors").orElseThrow().options())
        .containsExactly(NO_ENGAGEMENT, praiseOnly);
    assertThat(extended.option("competitors", "praise-only")).contains(praiseOnly);
    assertThat(extended.areas())
        .extracting(Area::id)
        .containsExactly("scope", "competitors", "tone");
    assertThat(CATALOGUE.option("competitors", "praise-only")).isEmpty();
  }

  @Test
  void with_option_rejects_an_unknown_area() {
    assertThatThrownBy(() -> CATALOGUE.withOption("review", Option.of("review", "none")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no area 'review'");
  }

  @Test
  void with_option_rejects_an_option_the_area_already_offers() {
    assertThatThrownBy(() -> CATALOGUE.withOption("competitors", NO_ENGAGEMENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("option 'no-engagement' twice");
  }

  @Test
  void with_option_rejects_an_option_of_another_area() {
    assertThatThrownBy(() -> CATALOGUE.withOption("competitors", Option.of("tone", "praise-only")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("belongs to 'tone', not 'competitors'");
  }

  @Test
  void rejects_an_area_in_two_chapters() {
    assertThatThrownBy(
            () ->
                Catalogue.of(
                    List.of(Chapter.of("one", List.of(TONE)), Chapter.of("two", List.of(TONE)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holds area 'tone' twice");
  }

  @Test
  void rejects_a_chapter_id_twice() {
    assertThatThrownBy(
            () ->
                Catalogue.of(
                    List.of(Chapter.of("one", List.of(TONE)), Chapter.of("one", List.of(SCOPE)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holds chapter 'one' twice");
  }

  @Test
  void catalogues_with_the_same_chapters_are_equal() {
    Catalogue same =
        Catalogue.of(
            List.of(
                Chapter.of("scope-and-purpose", List.of(SCOPE)),
                Chapter.of("employees-own-use", List.of(COMPETITORS, TONE))));
    assertThat(CATALOGUE).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(CATALOGUE).isNotEqualTo(CATALOGUE.withArea("technology", AI_TOOLS));
  }
}
