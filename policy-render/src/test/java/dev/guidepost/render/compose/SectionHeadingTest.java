package dev.guidepost.render.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.policy.standard.RightsNotice;
import dev.guidepost.render.document.Chapter;
import dev.guidepost.render.document.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A section's heading says what its text says: an option may have a heading of its own. */
class SectionHeadingTest {
  private static final Organisation ACME = Organisation.of("Acme A/S", Country.DK);

  private static List<String> headings(Policy policy, Language language) {
    return ComposerTest.compose(policy, language).chapters().stream()
        .map(Chapter::sections)
        .flatMap(List::stream)
        .map(Section::heading)
        .toList();
  }

  @Test
  void a_policy_without_a_rights_notice_does_not_head_its_last_words_employees_rights() {
    Policy without =
        Preset.BALANCED.policyFor(ACME).toBuilder().decide(RightsNotice.notIncluded()).build();
    Policy with = Preset.BALANCED.policyFor(ACME);

    assertThat(headings(without, Language.ENGLISH))
        .contains("Other rules that apply")
        .doesNotContain("Employees' rights");
    assertThat(headings(with, Language.ENGLISH))
        .contains("Employees' rights")
        .doesNotContain("Other rules that apply");
    assertThat(headings(without, Language.DANISH)).contains("Andre regler, der gælder");
  }
}
