package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The presets' decisions as they are made, not as the {@link Preset} constants hold them: balanced
 * in full, and the other two as balanced with their differences put in the same places.
 */
class PresetDecisionsTest {
  private static final List<String> AREA_IDS =
      StandardCatalogue.catalogue().areas().stream().map(Area::id).toList();

  /** The areas whose decisions differ between two lists of decisions of the same areas. */
  private static List<String> differences(List<Decision> one, List<Decision> other) {
    return IntStream.range(0, one.size())
        .filter(i -> !one.get(i).equals(other.get(i)))
        .mapToObj(i -> one.get(i).area())
        .toList();
  }

  @Test
  void balanced_decides_every_area_in_catalogue_order() {
    assertThat(PresetDecisions.balanced())
        .extracting(Decision::area)
        .containsExactlyElementsOf(AREA_IDS);
    assertThat(PresetDecisions.balanced()).isEqualTo(Preset.BALANCED.decisions());
    assertThat(PresetDecisions.balanced())
        .contains(
            AskFirst.advice(
                List.of(Contact.LINE_MANAGER, Contact.COMMUNICATIONS),
                List.of(Subject.FINANCIAL_RESULTS, Subject.LEGAL_MATTERS, Subject.INCIDENTS)),
            Consequences.graduated());
  }

  /** Asserts that decisions as made are balanced's with the given areas changed in place. */
  private static void assertBalancedExcept(List<Decision> made, Preset preset, String... changed) {
    assertThat(made).extracting(Decision::area).containsExactlyElementsOf(AREA_IDS);
    assertThat(differences(PresetDecisions.balanced(), made)).containsExactly(changed);
    assertThat(made).isEqualTo(preset.decisions());
  }

  @Test
  void restrictive_is_balanced_with_its_changes_in_place() {
    assertBalancedExcept(
        PresetDecisions.restrictive(),
        Preset.RESTRICTIVE,
        "people-in-scope",
        "company-presence",
        "purpose",
        "governance",
        "promotions",
        "working-hours",
        "private-use",
        "spokespersons",
        "privacy-settings",
        "account-identity",
        "competitors",
        "advocacy",
        "confidentiality",
        "customer-references",
        "ask-first",
        "financial-commentary",
        "product-claims",
        "accuracy",
        "threats-and-obscenity",
        "off-the-clock",
        "consequences",
        "training",
        "acknowledgement");
    assertThat(PresetDecisions.restrictive())
        .contains(
            WorkingHours.prohibited(),
            Advocacy.notAllowed(),
            AskFirst.approvalRequired(
                List.of(Contact.COMMUNICATIONS, Contact.LEGAL),
                List.of(Subject.FINANCIAL_RESULTS, Subject.LEGAL_MATTERS, Subject.INCIDENTS)));
  }

  @Test
  void encouraging_is_balanced_with_its_changes_in_place() {
    assertBalancedExcept(
        PresetDecisions.encouraging(),
        Preset.ENCOURAGING,
        "company-presence",
        "purpose",
        "working-hours",
        "transparency",
        "spokespersons",
        "advocacy");
    assertThat(PresetDecisions.encouraging()).contains(WorkingHours.employeeDiscretion());
  }
}
