package dev.guidepost.policy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.Covers;
import dev.guidepost.policy.standard.Preset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code covers} area (issue 12) in the JSON form. */
class CoverageJsonTest {
  private final PolicyJson json = PolicyJson.standard();

  @Test
  void every_coverage_round_trips_and_is_written_first() {
    for (Decision coverage :
        List.of(Covers.employeesOwnUse(), Covers.officialAccounts(), Covers.both())) {
      Policy policy =
          Preset.BALANCED.policyFor(Organisation.of("Acme A/S", Country.DK)).toBuilder()
              .decide(coverage)
              .build();

      String written = json.write(policy);

      assertThat(json.read(written)).isEqualTo(policy);
      assertThat(written)
          .contains("\"covers\": {\n      \"option\": \"" + coverage.option().id() + "\"");
      assertThat(written.indexOf("\"covers\"")).isLessThan(written.indexOf("\"scope\""));
    }
  }

  @Test
  void a_policy_without_coverage_reads_and_writes_as_before() {
    String old =
        """
        {
          "guidepost": 1,
          "organisation": {"name": "Acme A/S", "country": "DK"},
          "decisions": {"working-hours": {"option": "breaks-only"}}
        }
        """;

    Policy policy = json.read(old);

    assertThat(policy.decision(Covers.ID)).isEmpty();
    assertThat(json.write(policy)).doesNotContain("covers");
  }

  @Test
  void an_unknown_coverage_is_an_error_that_names_its_path() {
    String wrong =
        """
        {
          "guidepost": 1,
          "organisation": {"name": "Acme A/S", "country": "DK"},
          "decisions": {"covers": {"option": "customers"}}
        }
        """;

    assertThatThrownBy(() -> json.read(wrong)).hasMessageContaining("decisions.covers");
  }
}
