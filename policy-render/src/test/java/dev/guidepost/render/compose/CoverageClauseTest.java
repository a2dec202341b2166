package dev.guidepost.render.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.Covers;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.document.Section;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the document covers (issue 12) opens its first chapter, in every language, with a clause of
 * its own per option.
 */
class CoverageClauseTest {
  private static final Organisation ACME = Organisation.of("Acme A/S", Country.DK);

  @Test
  void each_coverage_opens_the_first_chapter_in_every_language_with_its_own_clause() {
    List<Decision> coverages =
        List.of(Covers.employeesOwnUse(), Covers.officialAccounts(), Covers.both());
    for (Language language : Language.standard()) {
      Set<String> clauses = new HashSet<>();
      for (Decision coverage : coverages) {
        Policy policy = Preset.BALANCED.policyFor(ACME).toBuilder().decide(coverage).build();
        Document document = ComposerTest.compose(policy, language);
        Section first = document.chapters().get(0).sections().get(0);
        String clause = String.join(" ", DocumentText.paragraphs(first));

        assertThat(clause).as("%s in %s", coverage, language).isNotBlank().doesNotContain("{");
        clauses.add(clause);
      }
      assertThat(clauses).as("three different clauses in %s", language).hasSize(3);
    }
  }

  @Test
  void the_english_clauses_say_what_the_document_covers() {
    Policy policy = Preset.BALANCED.policyFor(ACME);
    String both =
        DocumentText.of(
            ComposerTest.compose(
                policy.toBuilder().decide(Covers.both()).build(), Language.ENGLISH));
    String ownUse =
        DocumentText.of(
            ComposerTest.compose(
                policy.toBuilder().decide(Covers.employeesOwnUse()).build(), Language.ENGLISH));
    String accounts =
        DocumentText.of(
            ComposerTest.compose(
                policy.toBuilder().decide(Covers.officialAccounts()).build(), Language.ENGLISH));

    assertThat(both)
        .contains(
            "These guidelines cover both your own use of social media and how we run our"
                + " official accounts.");
    assertThat(ownUse).contains("These guidelines are about your own use of social media.");
    assertThat(accounts).contains("These guidelines are about how we run our official");
  }
}
