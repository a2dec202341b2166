package dev.guidepost.policy.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Language;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeverityTest {
  @Test
  void errors_come_before_warnings_and_warnings_before_infos() {
    List<Severity> severities = Arrays.asList(Severity.INFO, Severity.ERROR, Severity.WARNING);
    Collections.sort(severities);

    assertThat(severities).containsExactly(Severity.ERROR, Severity.WARNING, Severity.INFO);
    assertThat(Severity.values()).containsExactly(Severity.ERROR, Severity.WARNING, Severity.INFO);
  }

  @Test
  void ids_are_lower_case_words() {
    assertThat(Severity.values())
        .extracting(Severity::id)
        .containsExactly("error", "warning", "info");
  }

  @Test
  void from_id_finds_each_severity() {
    for (Severity severity : Severity.values()) {
      assertThat(Severity.fromId(severity.id())).contains(severity);
    }
  }

  @Test
  void from_id_is_empty_for_an_unknown_or_differently_cased_id() {
    assertThat(Severity.fromId("fatal")).isEmpty();
    assertThat(Severity.fromId("ERROR")).isEmpty();
    assertThat(Severity.fromId("")).isEmpty();
  }

  @Test
  void labels_are_translated_in_every_standard_language() {
    Map<Language, List<String>> expected =
        Map.of(
            Language.ENGLISH, List.of("Error", "Warning", "Note"),
            Language.DANISH, List.of("Fejl", "Advarsel", "Til orientering"),
            Language.SWEDISH, List.of("Fel", "Varning", "Observera"),
            Language.NORWEGIAN, List.of("Feil", "Advarsel", "Merknad"),
            Language.DUTCH, List.of("Fout", "Waarschuwing", "Opmerking"));

    assertThat(expected).containsOnlyKeys(Language.standard());
    expected.forEach(
        (language, labels) ->
            assertThat(Severity.values())
                .as("%s", language)
                .extracting(s -> s.label().format(language))
                .containsExactlyElementsOf(labels));
  }

  @Test
  void the_label_is_the_severity_message_key() {
    assertThat(Severity.WARNING.label().key()).isEqualTo("severity.warning");
    assertThat(Severity.WARNING.label().arguments()).isEmpty();
  }
}
