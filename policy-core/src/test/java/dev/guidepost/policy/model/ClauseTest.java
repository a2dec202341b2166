package dev.guidepost.policy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class ClauseTest {
  private static Clause tenders() {
    return Clause.builder()
        .area("tone")
        .putText(Language.ENGLISH, "We never post about ongoing tenders.")
        .putText(Language.DANISH, "Vi skriver aldrig om igangværende udbud.")
        .build();
  }

  @Test
  void keeps_its_area_and_texts_in_the_order_given() {
    Clause clause = tenders();
    assertThat(clause.area()).isEqualTo("tone");
    assertThat(clause.text())
        .containsExactly(
            entry(Language.ENGLISH, "We never post about ongoing tenders."),
            entry(Language.DANISH, "Vi skriver aldrig om igangværende udbud."));
  }

  @Test
  void accepts_a_text_in_a_custom_language() {
    Clause clause = Clause.builder().area("ai-tools").putText(Language.of("fi"), "Teksti.").build();
    assertThat(clause.text()).containsOnlyKeys(Language.of("fi"));
  }

  @Test
  void rejects_an_area_that_is_not_kebab_case() {
    assertThatThrownBy(() -> Clause.builder().area("Tone").putText(Language.ENGLISH, "x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a clause's area")
        .hasMessageContaining("'Tone'");
  }

  @Test
  void rejects_a_clause_without_text() {
    assertThatThrownBy(() -> Clause.builder().area("tone").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a clause in 'tone' has no text");
  }

  @Test
  void rejects_a_blank_text_naming_its_language() {
    assertThatThrownBy(
            () ->
                Clause.builder()
                    .area("tone")
                    .putText(Language.ENGLISH, "Fine.")
                    .putText(Language.SWEDISH, "  ")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the sv text must not be blank");
  }

  @Test
  void clauses_with_the_same_area_and_texts_are_equal() {
    assertThat(tenders()).isEqualTo(tenders()).hasSameHashCodeAs(tenders());
    assertThat(tenders())
        .isNotEqualTo(Clause.builder().from(tenders()).area("confidentiality").build());
  }
}
