package dev.guidepost.policy.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.policy.standard.Spokespersons;
import dev.guidepost.policy.standard.Tone;
import org.junit.jupiter.api.Test;

class ChecklistTest {
  private static final Organisation ACME = Organisation.of("Acme A/S", Country.DK);

  @Test
  void the_standard_checklists_have_the_items_of_their_seeds() {
    assertThat(Checklist.standard())
        .extracting(Checklist::id)
        .containsExactly("seven-areas", "eight-considerations", "practical-tips");
    assertThat(Checklist.SEVEN_AREAS.items())
        .extracting(ChecklistItem::id)
        .containsExactly(
            "working-hours",
            "connections",
            "privacy-settings",
            "confidentiality",
            "transparency",
            "criticism",
            "tone");
    assertThat(Checklist.EIGHT_CONSIDERATIONS.items())
        .extracting(ChecklistItem::id)
        .containsExactly(
            "purpose",
            "account-ownership",
            "official-page",
            "access-management",
            "spokespersons/transparency",
            "competitors",
            "advocacy",
            "working-hours");
    assertThat(Checklist.PRACTICAL_TIPS.items())
        .extracting(ChecklistItem::id)
        .containsExactly("working-hours", "governance", "consultation");
  }

  @Test
  void a_preset_covers_every_checklist() {
    Policy policy = Preset.BALANCED.policyFor(ACME);

    for (Checklist checklist : Checklist.standard()) {
      assertThat(checklist.coverage(policy).isComplete()).as(checklist.id()).isTrue();
    }
  }

  @Test
  void reports_what_is_addressed_and_what_is_missing() {
    Policy.Builder builder = Policy.builder().organisation(ACME);
    Preset.BALANCED.decisions().stream()
        .filter(d -> !d.area().equals(Tone.ID))
        .forEach(builder::decide);

    Coverage coverage = Checklist.SEVEN_AREAS.coverage(builder.build());

    assertThat(coverage.checklist()).isSameAs(Checklist.SEVEN_AREAS);
    assertThat(coverage.isComplete()).isFalse();
    assertThat(coverage.addressed()).hasSize(6);
    assertThat(coverage.missing()).extracting(ChecklistItem::id).containsExactly("tone");
    assertThat(coverage.message().format(Language.ENGLISH))
        .isEqualTo(
            "The seven areas every policy should settle: 6 of 7 addressed; missing: Tone and language");
  }

  @Test
  void an_item_of_two_areas_is_met_by_either() {
    Policy policy =
        Policy.builder().organisation(ACME).decide(Spokespersons.authorizedEmployees()).build();

    Coverage coverage = Checklist.EIGHT_CONSIDERATIONS.coverage(policy);

    assertThat(coverage.addressed())
        .extracting(ChecklistItem::id)
        .containsExactly("spokespersons/transparency");
    assertThat(coverage.message().format(Language.ENGLISH))
        .startsWith("Eight considerations for the company's own presence: 1 of 8 addressed;")
        .contains(
            "missing: Why we are on social media, Who owns pages and accounts, Our official pages");
  }

  @Test
  void a_complete_coverage_lists_nothing_missing_in_any_language() {
    Policy policy = Preset.ENCOURAGING.policyFor(ACME);

    for (Language language : Language.standard()) {
      assertThat(Checklist.PRACTICAL_TIPS.coverage(policy).message().format(language))
          .contains("3")
          .doesNotContain("{");
    }
  }

  @Test
  void a_checklist_of_ones_own_uses_its_id_as_title() {
    Checklist ours = Checklist.of("our-list", ChecklistItem.of("tone"));

    assertThat(ours.title().format(Language.ENGLISH)).isEqualTo("our-list");
    assertThat(Checklist.fromId("our-list")).isEmpty();
    assertThat(Checklist.fromId("seven-areas")).contains(Checklist.SEVEN_AREAS);
  }

  @Test
  void a_checklist_has_items_and_an_item_has_areas() {
    assertThatThrownBy(() -> Checklist.of("our-list"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'our-list' has no item");
    assertThatThrownBy(() -> ChecklistItem.of())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one area");
  }
}
