package dev.guidepost.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdsTest {
  @Test
  void a_kebab_case_id_is_lower_case_letters_and_digits_joined_by_single_hyphens() {
    for (String id : List.of("a", "z", "0", "9", "working-hours", "a0-z9", "gb-2010-s4", "x-1-y")) {
      assertThat(Ids.requireKebabCase("an area id", id)).as(id).isEqualTo(id);
    }
  }

  @Test
  void a_kebab_case_id_rejects_every_other_form_and_names_what_it_is() {
    // the characters just outside the ranges a-z and 0-9, capitals, and misplaced hyphens
    for (String id :
        List.of("", "-", "-a", "a-", "a--b", "`", "{", "/", ":", "A", "aB", "a_b", "a b", "æ")) {
      assertThatThrownBy(() -> Ids.requireKebabCase("an area id", id))
          .as("'%s'", id)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "an area id must be a kebab-case id such as 'working-hours', but was '" + id + "'");
    }
  }

  @Test
  void a_camel_case_name_starts_with_a_lower_case_letter_and_has_no_hyphen() {
    for (String name : List.of("m", "minutesPerDay", "max2", "aBC")) {
      assertThat(Ids.requireCamel("a parameter name", name)).as(name).isEqualTo(name);
    }
    for (String name : List.of("", "MinutesPerDay", "minutes-per-day", "2max", "a_b")) {
      assertThatThrownBy(() -> Ids.requireCamel("a parameter name", name))
          .as("'%s'", name)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "a parameter name must be a camelCase name such as 'minutesPerDay', but was '"
                  + name
                  + "'");
    }
  }

  @Test
  void a_word_may_take_either_form_but_no_third() {
    for (String word : List.of("minutesPerDay", "working-hours", "a", "gb-2010")) {
      assertThat(Ids.requireCamelOrKebab("a message key part", word)).as(word).isEqualTo(word);
    }
    for (String word : List.of("", "Working-hours", "working_hours", "working--hours", "-a")) {
      assertThatThrownBy(() -> Ids.requireCamelOrKebab("a message key part", word))
          .as("'%s'", word)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "a message key part must be a camelCase name or a kebab-case id, but was '"
                  + word
                  + "'");
    }
  }

  @Test
  void a_text_must_have_something_besides_spaces() {
    assertThat(Ids.requireText("a clause title", " Pay ")).isEqualTo(" Pay ");
    for (String text : List.of("", " ", "\t\n")) {
      assertThatThrownBy(() -> Ids.requireText("a clause title", text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a clause title must not be blank");
    }
  }
}
