package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.ParameterValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfidentialityTest {
  @Test
  void the_area_is_confidentiality_with_its_options_in_order() {
    assertThat(Confidentiality.ID).isEqualTo("confidentiality");
    assertThat(Confidentiality.AREA.id()).isEqualTo("confidentiality");
    assertThat(Confidentiality.AREA.options())
        .containsExactly(Confidentiality.LISTED_TOPICS, Confidentiality.ALL_INTERNAL_INFORMATION);
    assertThat(Confidentiality.AREA.options())
        .extracting(Option::id)
        .containsExactly("listed-topics", "all-internal-information");
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
  void listed_topics_decides_listed_topics_with_the_topics_in_order() {
    Decision decision = Confidentiality.listedTopics(Topic.CUSTOMERS, Topic.FINANCIALS);
    assertThat(decision.option()).isEqualTo(Confidentiality.LISTED_TOPICS);
    assertThat(decision.values())
        .containsExactly(
            entry("topics", ParameterValue.ofChoices(List.of("customers", "financials"))));
    assertThat(Confidentiality.TOPICS).isEqualTo("topics");
  }
}
