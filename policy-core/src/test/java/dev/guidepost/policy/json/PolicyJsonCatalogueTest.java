package dev.guidepost.policy.json;

import static dev.guidepost.policy.json.JsonInputs.MINIMAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.guidepost.policy.catalogue.Catalogue;
import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterKind;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.StandardCatalogue;
import dev.guidepost.policy.standard.WorkingHours;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading and writing policies that use a catalogue of one's own, and what the writer leaves out.
 */
class PolicyJsonCatalogueTest {
  private static final Option DISCLOSE_USE =
      Option.of("ai-tools", "disclose-use", Parameter.of("tools", ParameterKind.TEXTS, false));

  private static Catalogue ours() {
    return StandardCatalogue.catalogue().withArea("oversight", Area.of("ai-tools", DISCLOSE_USE));
  }

  private static Policy policy() {
    return Policy.builder()
        .organisation(Organisation.of("Acme A/S", Country.DK))
        .decide(
            Decision.of(DISCLOSE_USE)
                .withValue("tools", ParameterValue.ofTexts(List.of("Copilot"))))
        .decide(WorkingHours.breaksOnly())
        .build();
  }

  @Test
  void a_reader_for_a_catalogue_of_ones_own_reads_its_areas() {
    PolicyJson json = PolicyJson.forCatalogue(ours());
    String text = json.write(policy());

    assertThat(json.read(text)).isEqualTo(policy());
    assertThat(text.indexOf("\"working-hours\"")).isLessThan(text.indexOf("\"ai-tools\""));
  }

  @Test
  void the_standard_writer_keeps_decisions_of_areas_it_does_not_know_after_its_own() {
    String text = PolicyJson.standard().write(policy());

    assertThat(text).contains("\"ai-tools\"").contains("\"Copilot\"");
    assertThat(text.indexOf("\"working-hours\"")).isLessThan(text.indexOf("\"ai-tools\""));
    assertThat(PolicyJson.forCatalogue(ours()).read(text)).isEqualTo(policy());
  }

  @Test
  void a_policy_without_custom_clauses_is_written_without_the_field() {
    Policy minimal = PolicyJson.standard().read(MINIMAL);

    assertThat(PolicyJson.standard().write(minimal)).doesNotContain("customClauses");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void the_catalogue_is_required() {
    assertThatNullPointerException()
        .isThrownBy(() -> PolicyJson.forCatalogue(null))
        .withMessage("catalogue");
  }
}
