package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.catalogue.Catalogue;
import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Sector;
import java.util.List;
import org.junit.jupiter.api.Test;

class PresetTest {
  private static final Catalogue CATALOGUE = StandardCatalogue.catalogue();
  private static final List<String> AREA_IDS = CATALOGUE.areas().stream().map(Area::id).toList();

  @Test
  void ids_are_those_of_the_domain() {
    assertThat(Preset.values())
        .extracting(Preset::id)
        .containsExactly("restrictive", "balanced", "encouraging");
  }

  @Test
  void from_id_finds_every_preset() {
    for (Preset preset : Preset.values()) {
      assertThat(Preset.fromId(preset.id())).contains(preset);
    }
    assertThat(Preset.fromId("BALANCED")).isEmpty();
    assertThat(Preset.fromId("lenient")).isEmpty();
  }

  @Test
  void each_preset_addresses_every_area_exactly_once_in_catalogue_order() {
    for (Preset preset : Preset.values()) {
      assertThat(preset.decisions())
          .as(preset.id())
          .extracting(Decision::area)
          .containsExactlyElementsOf(AREA_IDS);
    }
  }

  @Test
  void each_decision_is_of_an_option_of_the_standard_catalogue() {
    for (Preset preset : Preset.values()) {
      for (Decision decision : preset.decisions()) {
        assertThat(CATALOGUE.option(decision.area(), decision.option().id()))
            .as(preset.id() + ": " + decision)
            .contains(decision.option());
      }
    }
  }

  @Test
  void each_decision_gives_every_required_parameter_a_value_in_range() {
    for (Preset preset : Preset.values()) {
      for (Decision decision : preset.decisions()) {
        for (Parameter parameter : decision.option().parameters()) {
          String what = preset.id() + ": " + decision + " " + parameter.name();
          if (parameter.required()) {
            assertThat(decision.value(parameter.name())).as(what).isPresent();
          }
          decision
              .value(parameter.name())
              .ifPresent(value -> assertThat(parameter.inRange(value)).as(what).isTrue());
        }
      }
    }
  }

  @Test
  void restrictive_prohibits_use_at_work_and_speaks_only_through_communications() {
    List<Decision> decisions = Preset.RESTRICTIVE.decisions();
    assertThat(decisions)
        .contains(
            WorkingHours.prohibited(),
            Spokespersons.communicationsOnly(),
            Competitors.noEngagement());
  }

  @Test
  void balanced_allows_breaks_authorizes_employees_and_raises_criticism_internally() {
    assertThat(Preset.BALANCED.decisions())
        .contains(
            WorkingHours.breaksOnly(),
            Spokespersons.authorizedEmployees(),
            Transparency.discloseAndDisclaim(DisclosureMethod.IN_POST),
            Criticism.raiseInternallyFirst());
  }

  @Test
  void encouraging_leaves_use_to_employees_and_encourages_advocacy() {
    List<Decision> decisions = Preset.ENCOURAGING.decisions();
    assertThat(decisions)
        .contains(WorkingHours.employeeDiscretion(), Spokespersons.allEmployeesWithinGuidelines());
    assertThat(decisions).anyMatch(decision -> decision.is(Advocacy.ENCOURAGED));
  }

  @Test
  void decisions_are_immutable() {
    assertThatThrownBy(() -> Preset.BALANCED.decisions().add(Review.none()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void policy_for_gives_a_policy_with_that_organisation_and_the_presets_decisions() {
    Organisation acme =
        Organisation.builder().name("Acme A/S").country(Country.DK).sector(Sector.MEDIA).build();
    for (Preset preset : Preset.values()) {
      Policy policy = preset.policyFor(acme);
      assertThat(policy.organisation()).isEqualTo(acme);
      assertThat(policy.decisions().values()).containsExactlyElementsOf(preset.decisions());
      assertThat(policy.decisions().keySet()).containsExactlyElementsOf(AREA_IDS);
      assertThat(policy.languages()).isEqualTo(Language.standardFor(Country.DK));
      assertThat(policy.authoritativeLanguage()).isEqualTo(Language.DANISH);
      assertThat(policy.customClauses()).isEmpty();
    }
  }

  @Test
  void policy_for_gives_equal_policies_for_equal_organisations() {
    assertThat(Preset.BALANCED.policyFor(Organisation.of("Acme", Country.US)))
        .isEqualTo(Preset.BALANCED.policyFor(Organisation.of("Acme", Country.US)))
        .isNotEqualTo(Preset.ENCOURAGING.policyFor(Organisation.of("Acme", Country.US)));
  }
}
