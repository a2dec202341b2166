package dev.guidepost.policy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterValueTest {
  @Test
  void each_factory_gives_a_value_its_accessor_returns() {
    assertThat(ParameterValue.ofInteger(30).asInteger()).isEqualTo(30L);
    assertThat(ParameterValue.ofBoolean(true).asBoolean()).isTrue();
    assertThat(ParameterValue.ofText("FINRA 2210").asText()).isEqualTo("FINRA 2210");
    assertThat(ParameterValue.ofDate(LocalDate.of(2027, 1, 1)).asDate())
        .isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(ParameterValue.ofChoice("in-post").asText()).isEqualTo("in-post");
    assertThat(ParameterValue.ofChoices(List.of("news", "events")).asList())
        .containsExactly("news", "events");
    assertThat(ParameterValue.ofTexts(List.of("HIPAA", "FINRA 2210")).asList())
        .containsExactly("HIPAA", "FINRA 2210");
  }

  @Test
  void an_accessor_of_another_kind_throws_naming_both_kinds() {
    ParameterValue value = ParameterValue.ofInteger(30);
    assertThatThrownBy(value::asText)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("INTEGER")
        .hasMessageContaining("TEXT");
    assertThatThrownBy(value::asBoolean).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(value::asDate).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(value::asList).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(ParameterValue.ofText("a")::asInteger)
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void rejects_a_blank_text() {
    assertThatThrownBy(() -> ParameterValue.ofText(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }

  @Test
  void rejects_a_choice_that_is_not_kebab_case() {
    assertThatThrownBy(() -> ParameterValue.ofChoice("In Post"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'In Post'");
  }

  @Test
  void rejects_choices_that_repeat_or_are_not_kebab_case() {
    assertThatThrownBy(() -> ParameterValue.ofChoices(List.of("news", "news")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("repeat");
    assertThatThrownBy(() -> ParameterValue.ofChoices(List.of("news", "Job_Postings")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Job_Postings'");
  }

  @Test
  void rejects_a_blank_text_in_a_list() {
    assertThatThrownBy(() -> ParameterValue.ofTexts(List.of("HIPAA", "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }

  @Test
  void accepts_empty_lists() {
    assertThat(ParameterValue.ofChoices(List.of()).asList()).isEmpty();
    assertThat(ParameterValue.ofTexts(List.of()).asList()).isEmpty();
  }

  @Test
  void a_list_value_is_an_immutable_copy() {
    List<String> ids = new ArrayList<>(List.of("news"));
    ParameterValue value = ParameterValue.ofChoices(ids);
    ids.add("events");
    assertThat(value.asList()).containsExactly("news");
    assertThatThrownBy(() -> value.asList().add("events"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void values_of_the_same_kind_and_content_are_equal() {
    assertThat(ParameterValue.ofInteger(30)).isEqualTo(ParameterValue.ofInteger(30));
    assertThat(ParameterValue.ofInteger(30)).hasSameHashCodeAs(ParameterValue.ofInteger(30));
    assertThat(ParameterValue.ofChoices(List.of("a", "b")))
        .isEqualTo(ParameterValue.ofChoices(List.of("a", "b")))
        .isNotEqualTo(ParameterValue.ofChoices(List.of("b", "a")));
    assertThat(ParameterValue.ofInteger(30)).isNotEqualTo(ParameterValue.ofInteger(31));
  }

  @Test
  void values_of_different_kinds_are_not_equal_even_with_equal_content() {
    assertThat(ParameterValue.ofChoice("news")).isNotEqualTo(ParameterValue.ofText("news"));
    assertThat(ParameterValue.ofChoices(List.of("news")))
        .isNotEqualTo(ParameterValue.ofTexts(List.of("news")));
    assertThat(ParameterValue.ofText("news")).isNotEqualTo("news");
    assertThat(ParameterValue.ofInteger(30)).isNotEqualTo(30L);
  }

  @Test
  void to_string_shows_the_content() {
    assertThat(ParameterValue.ofInteger(30)).hasToString("30");
    assertThat(ParameterValue.ofChoices(List.of("a", "b"))).hasToString("[a, b]");
  }
}
