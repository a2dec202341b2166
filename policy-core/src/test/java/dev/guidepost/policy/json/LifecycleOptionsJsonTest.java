package dev.guidepost.policy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.Consequences;
import dev.guidepost.policy.standard.Goal;
import dev.guidepost.policy.standard.LegalCompliance;
import dev.guidepost.policy.standard.PolicyKind;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.policy.standard.Purpose;
import dev.guidepost.policy.standard.RelatedPolicies;
import dev.guidepost.policy.standard.Review;
import dev.guidepost.policy.standard.Training;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's options for the policy's lifecycle, training, other codes, sanctions, purpose and law
 * in the JSON form: each round-trips, and a file that declares version 2 cannot use them.
 */
class LifecycleOptionsJsonTest {
  private final PolicyJson json = PolicyJson.standard();

  private static final List<Decision> NEW =
      List.of(
          Training.requiredForEveryone(),
          Training.learningEncouraged(),
          LegalCompliance.localLawPrevails(),
          LegalCompliance.traditionalMediaRules(),
          Consequences.contactFirstUpToDismissal(),
          Review.checkBack(),
          Review.changedWithoutNotice(),
          RelatedPolicies.listed(
              PolicyKind.POLICY_MANUALS,
              PolicyKind.CORPORATE_INSTRUCTIONS,
              PolicyKind.VALUES_AND_ETHICS),
          Purpose.defined(true, Goal.CONSULTATION, Goal.TRANSPARENCY, Goal.ACCOUNTABILITY));

  @Test
  void every_new_option_round_trips_under_its_id() {
    for (Decision decision : NEW) {
      Policy policy =
          Preset.BALANCED.policyFor(Organisation.of("Acme A/S", Country.DK)).toBuilder()
              .decide(decision)
              .build();

      String written = json.write(policy);

      assertThat(json.read(written)).as("%s", decision).isEqualTo(policy);
      assertThat(written)
          .as("%s", decision)
          .contains(
              "\""
                  + decision.area()
                  + "\": {\n      \"option\": \""
                  + decision.option().id()
                  + "\"");
    }
  }

  @Test
  void the_new_list_values_are_written_by_id() {
    Policy policy =
        Preset.BALANCED.policyFor(Organisation.of("Acme A/S", Country.DK)).toBuilder()
            .decide(RelatedPolicies.listed(PolicyKind.CORPORATE_INSTRUCTIONS))
            .decide(Purpose.defined(false, Goal.TRANSPARENCY))
            .build();

    assertThat(json.write(policy)).contains("\"corporate-instructions\"", "\"transparency\"");
  }

  @Test
  void a_version_2_file_cannot_use_a_new_option() {
    String old =
        """
        {
          "guidepost": 2,
          "organisation": {"name": "Acme A/S", "country": "DK"},
          "decisions": {"review": {"option": "changed-without-notice"}}
        }
        """;

    assertThatThrownBy(() -> json.read(old)).hasMessageContaining("decisions.review");
  }
}
