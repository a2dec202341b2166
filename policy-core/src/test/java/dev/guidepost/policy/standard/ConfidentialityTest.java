package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterKind;
import dev.guidepost.policy.model.ParameterValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfidentialityTest {
  @Test
  void the_area_is_confidentiality_with_its_options_in_order() {
    assertThat(Confidentiality.ID).isEqualTo("confidentiality");
    assertThat(Confidentiality.AREA.id()).isEqualTo("confidentiality");
    assertThat(Confidentiality.AREA.options())
        .containsExactly(
            Confidentiality.LISTED_TOPICS,
            Confidentiality.ALL_INTERNAL_INFORMATION,
            Confidentiality.CARE_ADVISED);
    assertThat(Confidentiality.AREA.options())
        .extracting(Option::id)
        .containsExactly("listed-topics", "all-internal-information", "care-advised");
    assertThat(StandardCatalogue.catalogue().area("confidentiality"))
        .containsSame(Confidentiality.AREA);
  }

  @Test
  void all_internal_information_decides_all_internal_information_with_no_values() {
    Decision decision = Confidentiality.allInternalInformation();
    assertThat(decision).isEqualTo(Decision.of(Confidentiality.ALL_INTERNAL_INFORMATION));
    assertThat(decision.area()).isEqualTo("confidentiality");
    assertThat(decision.option().id()).isEqualTo("all-internal-information");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void care_advised_is_advice_with_no_parameters() {
    Decision decision = Confidentiality.careAdvised();
    assertThat(decision).isEqualTo(Decision.of(Confidentiality.CARE_ADVISED));
    assertThat(decision.area()).isEqualTo("confidentiality");
    assertThat(decision.option().id()).isEqualTo("care-advised");
    assertThat(decision.values()).isEmpty();
    assertThat(Confidentiality.CARE_ADVISED.parameters()).isEmpty();
  }

  @Test
  void listed_topics_decides_listed_topics_with_the_topics_in_order() {
    Decision decision = Confidentiality.listedTopics(Topic.CUSTOMERS, Topic.FINANCIALS);
    assertThat(decision.option()).isEqualTo(Confidentiality.LISTED_TOPICS);
    assertThat(decision.values())
        .containsExactly(
            entry("topics", ParameterValue.ofChoices(List.of("customers", "financials"))));
    assertThat(Confidentiality.TOPICS).isEqualTo("topics");
  }

  @Test
  void both_options_take_optional_carve_outs_that_select_a_variant() {
    for (Option option :
        List.of(Confidentiality.LISTED_TOPICS, Confidentiality.ALL_INTERNAL_INFORMATION)) {
      Parameter carveOuts =
          option.parameters().stream()
              .filter(p -> p.name().equals(Confidentiality.CARVE_OUTS))
              .findFirst()
              .orElseThrow();
      assertThat(carveOuts.name()).isEqualTo("carveOuts");
      assertThat(carveOuts.kind()).isEqualTo(ParameterKind.CHOICES);
      assertThat(carveOuts.required()).isFalse();
      assertThat(carveOuts.allowedValues())
          .containsExactly(
              "own-pay-and-conditions",
              "reviews-on-job-sites",
              "reporting-wrongdoing",
              "discussing-pay-and-conditions");
      assertThat(carveOuts.variant()).contains("carve-outs");
      assertThat(carveOuts.vocabulary()).isEqualTo("carve-out");
    }
  }

  @Test
  void listed_topics_with_carve_outs_keeps_topics_and_carve_outs_in_order() {
    Decision decision =
        Confidentiality.listedTopics(
            List.of(Topic.TRADE_SECRETS, Topic.CUSTOMERS),
            List.of(CarveOut.REVIEWS_ON_JOB_SITES, CarveOut.OWN_PAY_AND_CONDITIONS));
    assertThat(decision.values())
        .containsExactly(
            entry("topics", ParameterValue.ofChoices(List.of("trade-secrets", "customers"))),
            entry(
                "carveOuts",
                ParameterValue.ofChoices(
                    List.of("reviews-on-job-sites", "own-pay-and-conditions"))));
  }

  @Test
  void no_carve_outs_give_the_decision_without_carve_outs() {
    assertThat(Confidentiality.listedTopics(List.of(Topic.PRODUCTS), List.of()))
        .isEqualTo(Confidentiality.listedTopics(Topic.PRODUCTS));
    assertThat(Confidentiality.allInternalInformation(new CarveOut[0]))
        .isEqualTo(Confidentiality.allInternalInformation());
  }

  @Test
  void all_internal_information_with_carve_outs_decides_them() {
    Decision decision = Confidentiality.allInternalInformation(CarveOut.REPORTING_WRONGDOING);
    assertThat(decision.option()).isEqualTo(Confidentiality.ALL_INTERNAL_INFORMATION);
    assertThat(decision.values())
        .containsExactly(
            entry("carveOuts", ParameterValue.ofChoices(List.of("reporting-wrongdoing"))));
  }
}
