package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.json.PolicySchema;
import org.junit.jupiter.api.Test;

class SchemaCommandTest {
  @Test
  void prints_the_schema_of_the_standard_catalogue_and_nothing_else() {
    Run run = Run.of("schema");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(PolicySchema.standard());
    assertThat(run.err()).isEmpty();
  }

  @Test
  void its_help_speaks_the_language_asked_for() {
    assertThat(Run.of("schema", "--help", "--lang", "da").out()).contains("JSON-skemaet");
    assertThat(Run.of("schema", "--help").out()).contains("Prints the JSON Schema");
  }
}
