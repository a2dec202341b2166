package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.WorkingHours;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageCommandTest {
  @TempDir Path folder;

  @Test
  void reports_every_checklist_item_by_item() throws IOException {
    Policy policy =
        Policy.builder()
            .organisation(Organisation.of("Acme A/S", Country.DK))
            .decide(WorkingHours.breaksOnly())
            .build();
    Path file = Policies.write(folder, "thin.json", policy);

    Run run = Run.of("coverage", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("The seven areas every policy should settle: 1 of 7 addressed; missing: ")
        .contains("  [x] Social media during working hours\n  [ ] ")
        .contains("Eight considerations for the company's own presence: 1 of 8 addressed;")
        .contains("Practical tips: 1 of 3 addressed;");
  }

  @Test
  void reports_one_checklist_in_the_language_asked_for() throws IOException {
    Path file = Policies.write(folder, "clean.json", Policies.clean());

    Run run = Run.of("coverage", file.toString(), "--checklist", "practical-tips", "--lang", "sv");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Praktiska tips: 3 av 3 behandlade").contains("  [x] ");
    assertThat(run.out()).doesNotContain("[ ]", "sju");
  }

  @Test
  void an_unknown_checklist_is_a_usage_error() throws IOException {
    Path file = Policies.write(folder, "clean.json", Policies.clean());

    Run run = Run.of("coverage", file.toString(), "--checklist", "ten-commandments");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            "Invalid value for --checklist: expected one of seven-areas, eight-considerations,"
                + " practical-tips, but found \"ten-commandments\".\n");
  }
}
