package dev.guidepost.render.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.message.UnresolvedMessageException;
import dev.guidepost.policy.model.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhrasebookTest {
  private static Phrasebook book(Language language) {
    return new Phrasebook(language, StandardTexts.ALL);
  }

  private static String spaces(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ');
  }

  @Test
  void lists_are_joined_as_each_language_joins_them() {
    List<String> abc = List.of("a", "b", "c");
    assertThat(book(Language.ENGLISH).list(abc)).isEqualTo("a, b and c");
    assertThat(book(Language.DANISH).list(abc)).isEqualTo("a, b og c");
    assertThat(book(Language.SWEDISH).list(abc)).isEqualTo("a, b och c");
    assertThat(book(Language.NORWEGIAN).list(abc)).isEqualTo("a, b og c");
    assertThat(book(Language.DUTCH).list(abc)).isEqualTo("a, b en c");
    assertThat(book(Language.DUTCH).list(List.of("a", "b"))).isEqualTo("a en b");
    assertThat(book(Language.DUTCH).list(List.of("a"))).isEqualTo("a");
  }

  @Test
  void numbers_are_formatted_for_the_language() {
    assertThat(book(Language.ENGLISH).number(1234)).isEqualTo("1,234");
    assertThat(book(Language.DANISH).number(1234)).isEqualTo("1.234");
    assertThat(spaces(book(Language.SWEDISH).number(1234))).isEqualTo("1 234");
    assertThat(spaces(book(Language.NORWEGIAN).number(1234))).isEqualTo("1 234");
    assertThat(book(Language.DUTCH).number(1234)).isEqualTo("1.234");
  }

  @Test
  void two_to_twelve_are_written_in_words_in_every_language_and_the_rest_in_digits() {
    assertThat(book(Language.ENGLISH).number(2)).isEqualTo("two");
    assertThat(book(Language.ENGLISH).number(12)).isEqualTo("twelve");
    assertThat(book(Language.DANISH).number(7)).isEqualTo("syv");
    assertThat(book(Language.DANISH).number(12)).isEqualTo("tolv");
    assertThat(book(Language.SWEDISH).number(2)).isEqualTo("två");
    assertThat(book(Language.SWEDISH).number(7)).isEqualTo("sju");
    assertThat(book(Language.NORWEGIAN).number(8)).isEqualTo("åtte");
    assertThat(book(Language.NORWEGIAN).number(12)).isEqualTo("tolv");
    assertThat(book(Language.DUTCH).number(11)).isEqualTo("elf");
    assertThat(book(Language.DUTCH).number(12)).isEqualTo("twaalf");
    for (Language language : Language.standard()) {
      assertThat(book(language).number(1)).as("%s", language).isEqualTo("1");
      assertThat(book(language).number(13)).as("%s", language).isEqualTo("13");
      assertThat(book(language).number(0)).as("%s", language).isEqualTo("0");
      for (int n = 2; n <= 12; n++) {
        assertThat(book(language).number(n)).as("%s %d", language, n).matches("\\p{L}+");
      }
    }
  }

  @Test
  void dates_are_long_dates_of_the_language() {
    LocalDate date = LocalDate.of(2027, 1, 15);
    assertThat(book(Language.ENGLISH).date(date)).isEqualTo("15 January 2027");
    assertThat(book(Language.DANISH).date(date)).isEqualTo("15. januar 2027");
    assertThat(book(Language.SWEDISH).date(date)).isEqualTo("15 januari 2027");
    assertThat(book(Language.NORWEGIAN).date(date)).isEqualTo("15. januar 2027");
    assertThat(book(Language.DUTCH).date(date)).isEqualTo("15 januari 2027");
  }

  @Test
  void language_names_come_from_the_texts_or_else_from_the_jdk() {
    assertThat(book(Language.DANISH).languageName(Language.SWEDISH)).isEqualTo("svensk");
    assertThat(book(Language.SWEDISH).languageName(Language.DANISH)).isEqualTo("danska");
    assertThat(book(Language.DUTCH).languageName(Language.DANISH)).isEqualTo("Deens");
    assertThat(book(Language.ENGLISH).languageName(Language.of("de"))).isEqualTo("German");
  }

  @Test
  void fill_replaces_placeholders_once_and_names_a_missing_one() {
    Phrasebook english = book(Language.ENGLISH);
    assertThat(english.fill("title", Map.of("organisation", "{x} & Co")))
        .isEqualTo("Social media policy – {x} & Co");
    assertThatThrownBy(() -> english.fill("title", Map.of()))
        .isInstanceOf(UnresolvedMessageException.class)
        .hasMessage("message 'title' needs the argument 'organisation'");
    assertThatThrownBy(() -> english.fill("no.such.key", Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the composer has no text 'no.such.key' in language 'en'");
    assertThatThrownBy(() -> english.pattern("no.such.key"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no.such.key");
  }
}
