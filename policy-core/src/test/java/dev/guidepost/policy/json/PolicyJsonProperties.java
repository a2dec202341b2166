package dev.guidepost.policy.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.catalogue.Catalogue;
import dev.guidepost.policy.generate.Property;
import dev.guidepost.policy.model.Clause;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.StandardCatalogue;
import org.junit.jupiter.api.Test;

/** Invariants of the JSON form over seeded random policies; see {@link Property} for seeds. */
class PolicyJsonProperties {
  private final PolicyJson json = PolicyJson.standard();

  @Test
  void json_round_trip_preserves_equality() {
    Property.forAll(policy -> assertThat(json.read(json.write(policy))).isEqualTo(policy));
  }

  @Test
  void writing_is_deterministic() {
    Property.forAll(
        policy -> {
          String text = json.write(policy);
          Policy copy = json.read(text);
          Policy rebuilt = policy.toBuilder().build();
          assertThat(json.write(policy)).isEqualTo(text);
          assertThat(json.write(rebuilt)).isEqualTo(text);
          assertThat(json.write(copy)).isEqualTo(text);
        });
  }

  @Test
  void generated_policies_use_only_catalogue_ids() {
    Catalogue catalogue = StandardCatalogue.catalogue();
    Property.forAll(
        policy -> {
          for (Decision decision : policy.decisions().values()) {
            Option option = decision.option();
            assertThat(catalogue.option(option.area(), option.id()))
                .as("option %s", option)
                .hasValue(option);
            decision
                .values()
                .forEach(
                    (name, value) -> {
                      Parameter parameter = option.parameter(name).orElseThrow();
                      assertThat(parameter.accepts(value))
                          .as("%s accepts %s", name, value)
                          .isTrue();
                    });
          }
          for (Clause clause : policy.customClauses()) {
            assertThat(catalogue.area(clause.area())).as("clause area").isPresent();
          }
          assertThat(policy.languages()).contains(policy.authoritativeLanguage());
        });
  }

  @Test
  void what_is_written_is_read_back_as_written() {
    Property.forAll(
        policy -> {
          String text = json.write(policy);
          assertThat(text)
              .startsWith("{\n  \"guidepost\": " + FormatVersion.needed(policy) + ",")
              .endsWith("}\n");
          assertThat(json.read(text).decisions().keySet())
              .containsExactlyInAnyOrderElementsOf(policy.decisions().keySet());
        });
  }
}
