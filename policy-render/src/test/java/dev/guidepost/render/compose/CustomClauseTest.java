package dev.guidepost.render.compose;

import static dev.guidepost.render.compose.ComposerTest.ACME;
import static dev.guidepost.render.compose.ComposerTest.compose;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Clause;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.policy.standard.Review;
import dev.guidepost.render.document.Block;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.document.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomClauseTest {
  private static final Clause TENDERS =
      Clause.builder()
          .area("tone")
          .putText(Language.ENGLISH, "We never post about ongoing tenders.")
          .putText(Language.DANISH, "Vi skriver aldrig om igangværende udbud.")
          .build();

  private static Section section(Document document, String heading) {
    return document.chapters().stream()
        .flatMap(chapter -> chapter.sections().stream())
        .filter(section -> section.heading().equals(heading))
        .findFirst()
        .orElseThrow();
  }

  private static Policy danishFirst(Policy policy) {
    return policy.toBuilder()
        .languages(List.of(Language.DANISH, Language.ENGLISH))
        .authoritativeLanguage(Language.DANISH)
        .build();
  }

  @Test
  void a_custom_clause_follows_the_clause_of_its_area() {
    Policy policy =
        danishFirst(Preset.BALANCED.policyFor(ACME).toBuilder().addCustomClauses(TENDERS).build());
    Section tone = section(compose(policy, Language.DANISH), "Sprogbrug");
    assertThat(tone.blocks()).hasSize(2);
    assertThat(tone.blocks().get(0)).isInstanceOf(Block.Paragraph.class);
    assertThat(tone.blocks().get(1))
        .isEqualTo(new Block.Paragraph("Vi skriver aldrig om igangværende udbud."));
  }

  @Test
  void a_custom_clause_stays_out_of_the_other_areas_sections() {
    Policy policy =
        danishFirst(Preset.BALANCED.policyFor(ACME).toBuilder().addCustomClauses(TENDERS).build());
    Document document = compose(policy, Language.ENGLISH);

    assertThat(DocumentText.lines(document))
        .filteredOn(line -> line.equals("We never post about ongoing tenders."))
        .hasSize(1);
    assertThat(section(document, "Criticism and concerns").blocks()).hasSize(1);
  }

  @Test
  void an_area_with_only_custom_clauses_gets_a_section() {
    Policy policy =
        danishFirst(
            Policy.builder().organisation(ACME).decide(Review.every(12)).build().toBuilder()
                .addCustomClauses(TENDERS)
                .build());
    Section tone = section(compose(policy, Language.ENGLISH), "Tone and language");
    assertThat(tone.blocks())
        .containsExactly(new Block.Paragraph("We never post about ongoing tenders."));
  }

  @Test
  void a_missing_language_falls_back_to_the_authoritative_one_as_a_marked_note() {
    Policy policy =
        danishFirst(Preset.BALANCED.policyFor(ACME).toBuilder().addCustomClauses(TENDERS).build());
    assertThat(section(compose(policy, Language.SWEDISH), "Ton och språk").blocks())
        .endsWith(
            new Block.Note("(Finns bara på danska:) Vi skriver aldrig om igangværende udbud."));
    assertThat(section(compose(policy, Language.DUTCH), "Toon en taalgebruik").blocks())
        .endsWith(
            new Block.Note(
                "(Alleen beschikbaar in het Deens:) Vi skriver aldrig om igangværende udbud."));
  }

  @Test
  void without_the_authoritative_language_the_first_text_is_shown() {
    Clause norwegianOnly =
        Clause.builder()
            .area("criticism")
            .putText(Language.NORWEGIAN, "Ta det opp med tillitsvalgt.")
            .putText(Language.SWEDISH, "Ta upp det med facket.")
            .build();
    Policy policy =
        danishFirst(
            Preset.BALANCED.policyFor(ACME).toBuilder().addCustomClauses(norwegianOnly).build());
    assertThat(section(compose(policy, Language.ENGLISH), "Criticism and concerns").blocks())
        .endsWith(new Block.Note("(Only available in Norwegian:) Ta det opp med tillitsvalgt."));
  }
}
