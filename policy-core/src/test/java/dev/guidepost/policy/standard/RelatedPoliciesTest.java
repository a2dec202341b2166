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

class RelatedPoliciesTest {
  @Test
  void the_area_is_related_policies_with_its_options_in_order() {
    assertThat(RelatedPolicies.ID).isEqualTo("related-policies");
    assertThat(RelatedPolicies.AREA.id()).isEqualTo("related-policies");
    assertThat(RelatedPolicies.AREA.options())
        .containsExactly(RelatedPolicies.LISTED, RelatedPolicies.NONE);
    assertThat(RelatedPolicies.AREA.options())
        .extracting(Option::id)
        .containsExactly("listed", "none");
    assertThat(StandardCatalogue.catalogue().area("related-policies"))
        .containsSame(RelatedPolicies.AREA);
  }

  @Test
  void listed_takes_the_policy_kinds_labelled_by_their_own_vocabulary() {
    Parameter policies = RelatedPolicies.LISTED.parameters().get(0);
    assertThat(policies.name()).isEqualTo(RelatedPolicies.POLICIES).isEqualTo("policies");
    assertThat(policies.kind()).isEqualTo(ParameterKind.CHOICES);
    assertThat(policies.required()).isTrue();
    assertThat(policies.allowedValues())
        .containsExactlyElementsOf(Handles.ids(PolicyKind.values()));
    assertThat(policies.vocabulary()).isEqualTo("policy-kind");
    assertThat(policies.variant()).isEmpty();
  }

  @Test
  void listed_decides_listed_with_the_policies_in_order() {
    Decision decision =
        RelatedPolicies.listed(PolicyKind.EDITORIAL_GUIDELINES, PolicyKind.CODE_OF_CONDUCT);
    assertThat(decision.option()).isEqualTo(RelatedPolicies.LISTED);
    assertThat(decision.values())
        .containsExactly(
            entry(
                "policies",
                ParameterValue.ofChoices(List.of("editorial-guidelines", "code-of-conduct"))));
  }

  @Test
  void none_decides_none_with_no_values() {
    Decision decision = RelatedPolicies.none();
    assertThat(decision).isEqualTo(Decision.of(RelatedPolicies.NONE));
    assertThat(decision.area()).isEqualTo("related-policies");
    assertThat(decision.values()).isEmpty();
  }
}
