package dev.guidepost.render.compose;

import static dev.guidepost.render.compose.ComposerTest.ACME;
import static dev.guidepost.render.compose.ComposerTest.compose;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Revision;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.render.document.Block;
import dev.guidepost.render.document.Document;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTest {
  private static final Revision FIRST =
      Revision.builder()
          .version("1.0.0")
          .effectiveFrom(LocalDate.of(2027, 1, 1))
          .putSummary(Language.DANISH, "Første udgave.")
          .putSummary(Language.ENGLISH, "First version.")
          .build();

  private static final Revision SECOND =
      Revision.builder()
          .version("1.1.0")
          .effectiveFrom(LocalDate.of(2027, 3, 1))
          .announced(LocalDate.of(2027, 1, 15))
          .putSummary(Language.DANISH, "Vi læser nu offentlige opslag, der nævner os.")
          .build();

  private static Policy withHistory(Revision... revisions) {
    return Preset.BALANCED.policyFor(ACME).toBuilder()
        .languages(List.of(Language.DANISH, Language.ENGLISH, Language.SWEDISH))
        .authoritativeLanguage(Language.DANISH)
        .addHistory(revisions)
        .build();
  }

  private static Block last(Document document) {
    return document.closing().get(document.closing().size() - 1);
  }

  @Test
  void the_history_ends_the_document_as_a_table_oldest_first() {
    Document document = compose(withHistory(FIRST, SECOND), Language.DANISH);

    assertThat(document.closing()).hasSizeGreaterThan(1);
    assertThat(last(document))
        .isEqualTo(
            new Block.Table(
                "Ændringshistorik",
                List.of("Version", "Gælder fra", "Ændringer"),
                List.of(
                    List.of("1.0.0", "1. januar 2027", "Første udgave."),
                    List.of(
                        "1.1.0",
                        "1. marts 2027",
                        "Vi læser nu offentlige opslag, der nævner os."))));
  }

  @Test
  void a_summary_missing_in_the_documents_language_is_shown_in_the_authoritative_one_and_says_so() {
    Block.Table table = (Block.Table) last(compose(withHistory(FIRST, SECOND), Language.ENGLISH));

    assertThat(table.caption()).isEqualTo("Change history");
    assertThat(table.columns()).containsExactly("Version", "Effective from", "What changed");
    assertThat(table.rows().get(0).get(2)).isEqualTo("First version.");
    assertThat(table.rows().get(1).get(2))
        .isEqualTo("(Only available in Danish:) Vi læser nu offentlige opslag, der nævner os.");
  }

  @Test
  void a_summary_in_neither_language_is_shown_in_its_first_language() {
    Revision english =
        Revision.builder()
            .version("1.0.0")
            .effectiveFrom(LocalDate.of(2027, 1, 1))
            .putSummary(Language.ENGLISH, "First version.")
            .build();
    Block.Table table = (Block.Table) last(compose(withHistory(english), Language.SWEDISH));

    assertThat(table.caption()).isEqualTo("Versionshistorik");
    assertThat(table.rows().get(0).get(2)).isEqualTo("(Finns bara på engelska:) First version.");
  }

  @Test
  void a_policy_without_history_has_no_table() {
    Document document = compose(withHistory(), Language.DANISH);

    assertThat(document.closing()).noneMatch(Block.Table.class::isInstance);
  }

  @Test
  void every_language_names_the_table_and_its_columns() {
    for (Language language : Language.standard()) {
      Block.Table table = (Block.Table) last(compose(withHistory(FIRST), language));
      assertThat(table.caption()).as("%s", language).doesNotStartWith("history.");
      assertThat(table.columns()).as("%s", language).noneMatch(c -> c.contains("."));
    }
  }
}
