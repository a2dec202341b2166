package dev.guidepost.bench.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.bench.fixture.Fixtures;
import dev.guidepost.policy.generate.PolicyGenerator;
import dev.guidepost.policy.json.PolicyJson;
import dev.guidepost.policy.model.Policy;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class JacksonBindingTest {
  private final JacksonBinding jackson = new JacksonBinding();
  private final PolicyJson guidepost = PolicyJson.standard();

  @Test
  void reads_the_realistic_policy_as_guidepost_does() {
    String json = Fixtures.json();

    assertThat(jackson.read(json)).isEqualTo(guidepost.read(json)).isEqualTo(Fixtures.policy());
  }

  @Test
  void reads_a_hundred_random_policies_as_guidepost_does() {
    assertReadsRandomPoliciesAsGuidepostDoes(100);
  }

  @Test
  @Tag("exhaustive")
  void reads_a_thousand_random_policies_as_guidepost_does() {
    assertReadsRandomPoliciesAsGuidepostDoes(1000);
  }

  private void assertReadsRandomPoliciesAsGuidepostDoes(int count) {
    PolicyGenerator generator = new PolicyGenerator(new Random(20261121L));
    for (int i = 0; i < count; i++) {
      Policy policy = generator.policy();
      String json = guidepost.write(policy);
      assertThat(jackson.read(json)).as(json).isEqualTo(guidepost.read(json));
    }
  }
}
